import { message, type MessageDef } from './message-catalogue';

/**
 * Messages of the checks that need another file or the stored data; the SQL phase reports them.
 * Each is read from the messages CSV, so code, type, severity and text stay ASC-WDS's.
 */
export interface CrossFileMessages {
  workplace: {
    expectJustOne: MessageDef; missingPrimary: MessageDef; cannotDeletePrimary: MessageDef; notOwner: MessageDef;
    duplicateLocalRef: MessageDef; duplicateLocationId: MessageDef;
    statusNewExists: MessageDef; statusDeleteMissing: MessageDef; statusUncheckedMissing: MessageDef;
    statusNoChangeMissing: MessageDef; statusUpdateMissing: MessageDef;
    postcodeUnknownNew: MessageDef; postcodeUnknownUpdate: MessageDef; locationIdInUse: MessageDef;
    totalStaffMismatch: MessageDef; registeredManagerVacancyMissing: MessageDef;
    startersOutOfRange: MessageDef; leaversOutOfRange: MessageDef; vacanciesOutOfRange: MessageDef;
    /** Defined in ASC-WDS but switched off there ("not working, disabled for LA window"). */
    startersUnchanged: MessageDef; leaversUnchanged: MessageDef; vacanciesUnchanged: MessageDef;
  };
  worker: {
    noAssociatedWorkplace: MessageDef; duplicate: MessageDef;
    statusNewExists: MessageDef; statusDeleteMissing: MessageDef; statusOtherMissing: MessageDef;
    transferNotExisting: MessageDef; transferDestinationMissing: MessageDef; transferReferenceClash: MessageDef; transferDuplicates: MessageDef;
    niOverFullTime: MessageDef; registeredManagerNotCqc: MessageDef; fullTimeEquivalentPay: MessageDef; daysSickUnchanged: MessageDef;
    dhaWorkplaceServiceCannot: MessageDef; dhaWorkplaceAnsweredNo: MessageDef;
  };
  training: { noAssociatedWorkplace: MessageDef; noAssociatedWorker: MessageDef; completedTooSoonAfterBirth: MessageDef };
}

let cached: CrossFileMessages | undefined;

export function crossFileMessages(): CrossFileMessages {
  if (cached) return cached;
  const w = (code: number, type: string, text?: string) => message('workplace', code, type, text);
  const s = (code: number, type: string, text?: string) => message('worker', code, type, text);
  const t = (code: number, type: string, text?: string) => message('training', code, type, text);
  cached = {
    workplace: {
      expectJustOne: w(950, 'EXPECT_JUST_ONE_ERROR'),
      missingPrimary: w(955, 'MISSING_PRIMARY_ERROR'),
      cannotDeletePrimary: w(956, 'CANNOT_DELETE_PRIMARY_ERROR'),
      notOwner: w(997, 'NOT_OWNER_ERROR'),
      duplicateLocalRef: w(998, 'DUPLICATE_ERROR', 'LOCALESTID'),
      duplicateLocationId: w(998, 'DUPLICATE_ERROR', 'LOCATIONID'),
      statusNewExists: w(1020, 'STATUS_ERROR', 'NEW but already exists'),
      statusDeleteMissing: w(1020, 'STATUS_ERROR', 'DELETE but does not exist'),
      statusUncheckedMissing: w(1020, 'STATUS_ERROR', 'UNCHECKED but does not exist'),
      statusNoChangeMissing: w(1020, 'STATUS_ERROR', 'NOCHANGE but does not exist'),
      statusUpdateMissing: w(1020, 'STATUS_ERROR', 'UPDATE but does not exist'),
      postcodeUnknownNew: w(1060, 'ADDRESS_ERROR', 'registered manually'),
      postcodeUnknownUpdate: w(1060, 'ADDRESS_ERROR', 'cannot be found in our database and will be ignored'),
      locationIdInUse: w(1110, 'LOCATION_ID_ERROR', 'already exists'),
      totalStaffMismatch: w(2200, 'TOTAL_PERM_TEMP_WARNING'),
      registeredManagerVacancyMissing: w(2301, 'REGISTERED_MANAGER_VACANCY_WARNING'),
      startersOutOfRange: w(2310, 'STARTERS_WARNING', 'expected range'),
      leaversOutOfRange: w(2320, 'LEAVERS_WARNING', 'expected range'),
      vacanciesOutOfRange: w(2300, 'VACANCIES_WARNING', 'expected range'),
      startersUnchanged: w(2310, 'STARTERS_WARNING', 'has not changed'),
      leaversUnchanged: w(2320, 'LEAVERS_WARNING', 'has not changed'),
      vacanciesUnchanged: w(2300, 'VACANCIES_WARNING', 'has not changed'),
    },
    worker: {
      noAssociatedWorkplace: s(997, 'NO_ASSOCIATED_ESTABLISHMENT_ERROR'),
      duplicate: s(998, 'DUPLICATE_ERROR'),
      statusNewExists: s(1040, 'STATUS_ERROR', 'NEW but already exists'),
      statusDeleteMissing: s(1040, 'STATUS_ERROR', 'DELETE but does not exist'),
      statusOtherMissing: s(1040, 'STATUS_ERROR', "doesn't exist"),
      transferNotExisting: s(1400, 'TRANSFERSTAFFRECORD_ERROR'),
      transferDestinationMissing: s(1401, 'TRANSFERSTAFFRECORD_ERROR'),
      transferReferenceClash: s(1402, 'TRANSFERSTAFFRECORD_ERROR'),
      transferDuplicates: s(1403, 'TRANSFERSTAFFRECORD_ERROR'),
      niOverFullTime: s(5570, 'NI_WORKER_DUPLICATE_ERROR'),
      registeredManagerNotCqc: s(1280, 'MAIN_JOB_ROLE_ERROR', 'Registered Manager'),
      fullTimeEquivalentPay: s(1260, 'SALARY_ERROR', 'same as other staff'),
      daysSickUnchanged: s(3240, 'DAYSICK_WARNING'),
      dhaWorkplaceServiceCannot: s(5662, 'DHA_WARNING'),
      dhaWorkplaceAnsweredNo: s(5663, 'DHA_WARNING'),
    },
    training: {
      noAssociatedWorkplace: t(997, 'NO_ASSOCIATED_ESTABLISHMENT_ERROR'),
      noAssociatedWorker: t(996, 'NO_ASSOCIATED_WORKER_ERROR'),
      completedTooSoonAfterBirth: t(1080, 'WORKER_DOB_TRAINING_WARNING'),
    },
  };
  return cached;
}
