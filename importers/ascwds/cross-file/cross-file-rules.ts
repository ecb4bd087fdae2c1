import { type MessageDef, messagesOf, type FileKind, type Severity } from '../message-catalogue';

const workplace = messagesOf('workplace');
const worker = messagesOf('worker');
const training = messagesOf('training');

/**
 * A check across files or against stored data: the message it reports, and SQL over the staging tables
 * returning one row per finding (line, value, local_ref, worker_ref[, column]). $1 = provider id (-1 if new), $2 = period.
 */
export interface CrossFileRule {
  kind: FileKind;
  msg: MessageDef;
  /** The hub's own severity where it deliberately differs from ASC-WDS (documented in docs/importing.md). */
  severity?: Severity;
  /** The hub's own wording where ASC-WDS's would mislead. */
  text?: string;
  sql: string;
}

const active = `status IN ('NEW', 'UPDATE', 'UNCHECKED', 'NOCHANGE')`;
const written = `status IN ('NEW', 'UPDATE')`;
/** The file's workplaces that will be in this period, and their staff rows that will be too. */
const periodStaff = `(SELECT s.*, k.prev_main_job_role FROM stg_worker s LEFT JOIN known_worker k ON k.line = s.line WHERE s.${active}
   AND s.line NOT IN (SELECT line FROM dup_worker))`;

/** The workplace and reference a staff row's record ends up under. */
const destination = `coalesce(transfer_to_key, local_key), coalesce(chg_worker_key, worker_key)`;

/** Rows that repeat an earlier row's key are dropped (and reported), so later rules see each record once. */
export const PREPARE_SQL = [
  `CREATE TEMP TABLE dup_workplace ON COMMIT DROP AS
     SELECT line FROM (SELECT line, row_number() OVER (PARTITION BY local_key ORDER BY line) AS n FROM stg_workplace WHERE local_key IS NOT NULL) x WHERE n > 1`,
  `CREATE TEMP TABLE dup_worker ON COMMIT DROP AS
     SELECT line FROM (SELECT line, row_number() OVER (PARTITION BY local_key, coalesce(chg_worker_key, worker_key) ORDER BY line) AS n
       FROM stg_worker WHERE local_key IS NOT NULL AND worker_key IS NOT NULL AND status <> 'DELETE') x WHERE n > 1
     UNION SELECT line FROM (SELECT line, row_number() OVER (PARTITION BY local_key, worker_key ORDER BY line) AS n
       FROM stg_worker WHERE local_key IS NOT NULL AND worker_key IS NOT NULL) y WHERE n > 1
     -- a record moved by TRANSFERSTAFFRECORD onto a reference its new workplace's rows also use (two moves of one reference are 1403's)
     UNION SELECT line FROM (SELECT line, row_number() OVER (PARTITION BY ${destination} ORDER BY line) AS n,
         count(transfer_to_key) OVER (PARTITION BY ${destination}) AS moved, count(*) OVER (PARTITION BY ${destination}) AS rows
       FROM stg_worker WHERE local_key IS NOT NULL AND worker_key IS NOT NULL AND status <> 'DELETE') z WHERE n > 1 AND moved < rows`,
];

const staffCount = `(SELECT count(*) FROM ${periodStaff} s WHERE s.local_key = w.local_key)`;
const total = (col: string) => `(SELECT sum((j->>'count')::int) FROM jsonb_array_elements(w.${col}) j WHERE (j->>'count')::int <> 999)`;

export const CROSS_FILE_RULES: CrossFileRule[] = [
  // ---- workplace file
  { kind: 'workplace', msg: workplace(998, 'DUPLICATE_ERROR', 'LOCALESTID'),
    sql: `SELECT s.line, s.local_ref AS value, s.local_ref, NULL AS worker_ref FROM stg_workplace s WHERE s.line IN (SELECT line FROM dup_workplace)` },
  { kind: 'workplace', msg: workplace(998, 'DUPLICATE_ERROR', 'LOCATIONID'),
    sql: `SELECT line, location_id AS value, local_ref, NULL AS worker_ref FROM (
            SELECT s.*, row_number() OVER (PARTITION BY location_id ORDER BY line) AS n FROM stg_workplace s
            WHERE location_id IS NOT NULL AND cqc_regulated AND ${active}) x WHERE n > 1` },
  { kind: 'workplace', msg: workplace(1110, 'LOCATION_ID_ERROR', 'already exists'),
    text: 'LOCATIONID is already the CQC location of another workplace in the hub',
    sql: `SELECT s.line, s.location_id AS value, s.local_ref, NULL AS worker_ref FROM stg_workplace s
          WHERE s.location_id IS NOT NULL AND s.cqc_regulated AND s.${written} AND EXISTS (
            SELECT 1 FROM workplace o WHERE o.cqc_location_id = s.location_id AND NOT (o.provider_id = $1 AND o.local_key = s.local_key))` },
  // NEW for a known workplace, or UPDATE for an unknown one, is a warning in the hub (the row's facts are still clear)
  { kind: 'workplace', msg: workplace(1020, 'STATUS_ERROR', 'NEW but already exists'), severity: 'warning',
    sql: `SELECT s.line, s.status AS value, s.local_ref, NULL AS worker_ref FROM stg_workplace s JOIN known_workplace k USING (local_key) WHERE s.status = 'NEW'` },
  { kind: 'workplace', msg: workplace(1020, 'STATUS_ERROR', 'UPDATE but does not exist'), severity: 'warning',
    sql: `SELECT s.line, s.status AS value, s.local_ref, NULL AS worker_ref FROM stg_workplace s LEFT JOIN known_workplace k USING (local_key) WHERE s.status = 'UPDATE' AND k.workplace_id IS NULL` },
  // UNCHECKED and NOCHANGE carry earlier facts forward: without any there is nothing to carry
  { kind: 'workplace', msg: workplace(1020, 'STATUS_ERROR', 'UNCHECKED but does not exist'),
    sql: `SELECT s.line, s.status AS value, s.local_ref, NULL AS worker_ref FROM stg_workplace s LEFT JOIN known_workplace k USING (local_key) WHERE s.status = 'UNCHECKED' AND k.prev_id IS NULL` },
  { kind: 'workplace', msg: workplace(1020, 'STATUS_ERROR', 'NOCHANGE but does not exist'),
    sql: `SELECT s.line, s.status AS value, s.local_ref, NULL AS worker_ref FROM stg_workplace s LEFT JOIN known_workplace k USING (local_key) WHERE s.status = 'NOCHANGE' AND k.prev_id IS NULL` },
  { kind: 'workplace', msg: workplace(1020, 'STATUS_ERROR', 'DELETE but does not exist'),
    sql: `SELECT s.line, s.status AS value, s.local_ref, NULL AS worker_ref FROM stg_workplace s LEFT JOIN known_workplace k USING (local_key) WHERE s.status = 'DELETE' AND k.workplace_id IS NULL` },
  // the hub cannot place a postcode it does not know: kept, and the workplace counts under "Unknown area"
  { kind: 'workplace', msg: workplace(1060, 'ADDRESS_ERROR', 'will be ignored'),
    text: 'The POSTCODE is not in the hub\'s postcode table: the workplace will count under "Unknown area" until the postcode is loaded',
    sql: `SELECT s.line, s.postcode AS value, s.local_ref, NULL AS worker_ref FROM stg_workplace s
          WHERE s.${written} AND s.postcode IS NOT NULL AND NOT EXISTS (SELECT 1 FROM postcode p WHERE p.postcode = s.postcode)` },
  // counts every staff record the workplace will have this period (ASC-WDS, by a slip, counts only NEW and UPDATE rows)
  { kind: 'workplace', msg: workplace(2200, 'TOTAL_PERM_TEMP_WARNING'),
    sql: `SELECT w.line, w.total_staff::text AS value, w.local_ref, NULL AS worker_ref FROM stg_workplace w
          WHERE w.status IN ('NEW', 'UPDATE', 'NOCHANGE') AND w.total_staff IS NOT NULL AND w.total_staff <> ${staffCount}` },
  { kind: 'workplace', msg: workplace(2310, 'STARTERS_WARNING', 'expected range'),
    sql: `SELECT w.line, ${total('starters')}::text AS value, w.local_ref, NULL AS worker_ref FROM stg_workplace w
          WHERE w.status IN ('NEW', 'UPDATE', 'NOCHANGE') AND w.total_staff = ${staffCount} AND ${total('starters')} > w.total_staff` },
  { kind: 'workplace', msg: workplace(2320, 'LEAVERS_WARNING', 'expected range'),
    sql: `SELECT w.line, ${total('leavers')}::text AS value, w.local_ref, NULL AS worker_ref FROM stg_workplace w
          WHERE w.status IN ('NEW', 'UPDATE', 'NOCHANGE') AND w.total_staff = ${staffCount} AND ${total('leavers')} >= w.total_staff` },
  { kind: 'workplace', msg: workplace(2300, 'VACANCIES_WARNING', 'expected range'),
    sql: `SELECT w.line, ${total('vacancies')}::text AS value, w.local_ref, NULL AS worker_ref FROM stg_workplace w
          WHERE w.status IN ('NEW', 'UPDATE', 'NOCHANGE') AND w.total_staff = ${staffCount} AND ${total('vacancies')} >= w.total_staff` },
  { kind: 'workplace', msg: workplace(2301, 'REGISTERED_MANAGER_VACANCY_WARNING'),
    sql: `SELECT w.line, '' AS value, w.local_ref, NULL AS worker_ref FROM stg_workplace w
          WHERE w.${written} AND w.cqc_regulated AND w.main_service <> 72
            AND NOT EXISTS (SELECT 1 FROM ${periodStaff} s WHERE s.local_key = w.local_key AND coalesce(s.main_job_role, s.prev_main_job_role) = 4)
            AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(w.vacancies, '[]')) j WHERE (j->>'jobRole')::int = 4 AND (j->>'count')::int > 0)` },

  // ---- staff file
  { kind: 'worker', msg: worker(997, 'NO_ASSOCIATED_ESTABLISHMENT_ERROR'),
    sql: `SELECT s.line, s.local_ref AS value, s.local_ref, s.worker_ref FROM stg_worker s
          WHERE s.local_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM stg_workplace w WHERE w.local_key = s.local_key)` },
  { kind: 'worker', msg: worker(998, 'DUPLICATE_ERROR'),
    text: 'UNIQUEWORKERID is not unique within its workplace (or CHGUNIQUEWRKID or TRANSFERSTAFFRECORD makes it repeat another staff reference)',
    sql: `SELECT s.line, coalesce(s.chg_worker_ref, s.worker_ref) AS value, s.local_ref, s.worker_ref FROM stg_worker s WHERE s.line IN (SELECT line FROM dup_worker)` },
  // a rename onto the reference of another stored record of the workplace would make two records one
  { kind: 'worker', msg: worker(998, 'DUPLICATE_ERROR'),
    text: 'CHGUNIQUEWRKID is already the reference of another staff record of this workplace in the hub; choose an unused reference',
    sql: `SELECT s.line, s.chg_worker_ref AS value, s.local_ref, s.worker_ref, 'CHGUNIQUEWRKID' AS column FROM stg_worker s
          JOIN known_worker k USING (line) JOIN worker me ON me.id = k.worker_id
          WHERE s.status = 'UPDATE' AND s.chg_worker_key IS NOT NULL AND s.transfer_to_key IS NULL AND s.line NOT IN (SELECT line FROM dup_worker)
            AND EXISTS (SELECT 1 FROM worker o WHERE o.workplace_id = me.workplace_id AND o.worker_key = s.chg_worker_key AND o.id <> me.id)` },
  { kind: 'worker', msg: worker(1040, 'STATUS_ERROR', 'NEW but already exists'), severity: 'warning',
    sql: `SELECT s.line, s.status AS value, s.local_ref, s.worker_ref FROM stg_worker s JOIN known_worker k USING (line) WHERE s.status = 'NEW'` },
  { kind: 'worker', msg: worker(1040, 'STATUS_ERROR', '<UNCHECKED|NOCHANGE|UPDATE>'), severity: 'warning',
    text: 'Staff record has a STATUS of UPDATE but does not exist yet: it will be added as new',
    sql: `SELECT s.line, s.status AS value, s.local_ref, s.worker_ref FROM stg_worker s LEFT JOIN known_worker k USING (line) WHERE s.status = 'UPDATE' AND k.worker_id IS NULL` },
  { kind: 'worker', msg: worker(1040, 'STATUS_ERROR', '<UNCHECKED|NOCHANGE|UPDATE>'),
    text: 'Staff record has a STATUS of UNCHECKED or NOCHANGE but the hub holds no earlier record of it to carry forward; please change to NEW',
    sql: `SELECT s.line, s.status AS value, s.local_ref, s.worker_ref FROM stg_worker s LEFT JOIN known_worker k USING (line) WHERE s.status IN ('UNCHECKED', 'NOCHANGE') AND k.prev_id IS NULL` },
  { kind: 'worker', msg: worker(1040, 'STATUS_ERROR', 'DELETE but does not exist'),
    sql: `SELECT s.line, s.status AS value, s.local_ref, s.worker_ref FROM stg_worker s LEFT JOIN known_worker k USING (line) WHERE s.status = 'DELETE' AND k.worker_id IS NULL` },
  { kind: 'worker', msg: worker(5570, 'NI_WORKER_DUPLICATE_ERROR'),
    sql: `SELECT line, '' AS value, local_ref, worker_ref FROM (
            SELECT s.*, row_number() OVER (PARTITION BY ni_key ORDER BY line) AS n,
                   sum(coalesce(contracted_hours, 0)) OVER (PARTITION BY ni_key) AS hours, count(*) OVER (PARTITION BY ni_key) AS rows
            FROM stg_worker s WHERE ni_key IS NOT NULL AND ${active}) x WHERE rows > 1 AND hours > 75 AND n > 1` },
  { kind: 'worker', msg: worker(1280, 'MAIN_JOB_ROLE_ERROR', 'Registered Manager'),
    sql: `SELECT s.line, s.main_job_role::text AS value, s.local_ref, s.worker_ref FROM stg_worker s
          JOIN stg_workplace w ON w.local_key = s.local_key AND w.line NOT IN (SELECT line FROM dup_workplace)
          WHERE s.${written} AND s.main_job_role = 4 AND w.cqc_regulated IS FALSE` },
  { kind: 'worker', msg: worker(5661, 'DHA_WARNING'),
    sql: `SELECT s.line, s.dha::text AS value, s.local_ref, s.worker_ref FROM stg_worker s JOIN ref_job_role j ON j.code = s.main_job_role
          WHERE s.${written} AND s.dha IS NOT NULL AND NOT j.can_do_delegated_healthcare` },
  { kind: 'worker', msg: worker(5662, 'DHA_WARNING'),
    sql: `SELECT s.line, s.dha::text AS value, s.local_ref, s.worker_ref FROM stg_worker s
          JOIN stg_workplace w ON w.local_key = s.local_key JOIN ref_service sv ON sv.code = w.main_service
          WHERE s.${written} AND s.dha IS NOT NULL AND w.main_service IN (10, 13, 19, 60, 72)` },
  { kind: 'worker', msg: worker(5663, 'DHA_WARNING'),
    sql: `SELECT s.line, s.dha::text AS value, s.local_ref, s.worker_ref FROM stg_worker s JOIN stg_workplace w ON w.local_key = s.local_key
          WHERE s.${written} AND s.dha IS NOT NULL AND w.dha = 2` },
  { kind: 'worker', msg: worker(1400, 'TRANSFERSTAFFRECORD_ERROR'),
    sql: `SELECT s.line, s.transfer_to AS value, s.local_ref, s.worker_ref FROM stg_worker s LEFT JOIN known_worker k USING (line)
          WHERE s.transfer_to_key IS NOT NULL AND s.status = 'UPDATE' AND k.worker_id IS NULL` },
  { kind: 'worker', msg: worker(1401, 'TRANSFERSTAFFRECORD_ERROR'),
    sql: `SELECT s.line, s.transfer_to AS value, s.local_ref, s.worker_ref FROM stg_worker s
          WHERE s.transfer_to_key IS NOT NULL AND s.status = 'UPDATE'
            AND NOT EXISTS (SELECT 1 FROM stg_workplace w WHERE w.local_key = s.transfer_to_key AND w.${active})` },
  { kind: 'worker', msg: worker(1402, 'TRANSFERSTAFFRECORD_ERROR'),
    sql: `SELECT s.line, s.transfer_to AS value, s.local_ref, s.worker_ref FROM stg_worker s
          WHERE s.transfer_to_key IS NOT NULL AND s.status = 'UPDATE' AND EXISTS (
            SELECT 1 FROM workplace w JOIN worker wk ON wk.workplace_id = w.id
            WHERE w.provider_id = $1 AND w.local_key = s.transfer_to_key AND wk.worker_key = coalesce(s.chg_worker_key, s.worker_key))` },
  { kind: 'worker', msg: worker(1403, 'TRANSFERSTAFFRECORD_ERROR'),
    sql: `SELECT line, transfer_to AS value, local_ref, worker_ref FROM (
            SELECT s.*, row_number() OVER (PARTITION BY transfer_to_key, coalesce(chg_worker_key, worker_key) ORDER BY line) AS n
            FROM stg_worker s WHERE transfer_to_key IS NOT NULL AND status = 'UPDATE') x WHERE n > 1` },
  // part-time annual pay equal to a same-role full-timer's: probably an FTE figure entered by mistake
  { kind: 'worker', msg: worker(1260, 'SALARY_ERROR', 'full time equivalent'),
    sql: `SELECT s.line, s.annual_pay::text AS value, s.local_ref, s.worker_ref FROM stg_worker s
          WHERE s.${written} AND s.pay_interval = 1 AND s.annual_pay IS NOT NULL AND s.contracted_hours < 37 AND EXISTS (
            SELECT 1 FROM stg_worker f WHERE f.${written} AND f.main_job_role = s.main_job_role AND f.pay_interval = 1
              AND f.annual_pay = s.annual_pay AND f.contracted_hours > 36)` },
  { kind: 'worker', msg: worker(3240, 'DAYSICK_WARNING'),
    sql: `SELECT s.line, s.sickness_days::text AS value, s.local_ref, s.worker_ref FROM stg_worker s JOIN known_worker k USING (line)
          WHERE s.status = 'UPDATE' AND s.sickness_days IS NOT NULL AND s.sickness_days = k.prev_sickness` },

  // ---- training file
  { kind: 'training', msg: training(997, 'NO_ASSOCIATED_ESTABLISHMENT_ERROR'),
    sql: `SELECT t.line, t.local_ref AS value, t.local_ref, t.worker_ref FROM stg_training t
          WHERE t.local_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM stg_workplace w WHERE w.local_key = t.local_key)` },
  { kind: 'training', msg: training(996, 'NO_ASSOCIATED_WORKER_ERROR'),
    text: 'UNIQUEWORKERID is not a staff record of this workplace in the staff file',
    sql: `SELECT t.line, t.worker_ref AS value, t.local_ref, t.worker_ref FROM stg_training t
          WHERE t.local_key IS NOT NULL AND t.worker_key IS NOT NULL AND EXISTS (SELECT 1 FROM stg_workplace w WHERE w.local_key = t.local_key)
            AND NOT EXISTS (SELECT 1 FROM stg_worker s WHERE s.local_key = t.local_key AND coalesce(s.chg_worker_key, s.worker_key) = t.worker_key AND s.status <> 'DELETE')
            AND NOT EXISTS (SELECT 1 FROM stg_worker s WHERE s.local_key = t.local_key AND s.worker_key = t.worker_key AND s.status <> 'DELETE')` },
  { kind: 'training', msg: training(1080, 'WORKER_DOB_TRAINING_WARNING'),
    sql: `SELECT t.line, to_char(t.completed_on, 'DD/MM/YYYY') AS value, t.local_ref, t.worker_ref FROM stg_training t
          JOIN stg_worker s ON s.local_key = t.local_key AND coalesce(s.chg_worker_key, s.worker_key) = t.worker_key AND s.status <> 'DELETE'
          LEFT JOIN known_worker k ON k.line = s.line
          WHERE t.completed_on < coalesce(s.dob, k.prev_dob) + interval '14 years'` },
];
