import { describe } from './field-descriptor';

/** A training-file row as the database stores it. */
export interface TrainingRecord {
  kind: 'training';
  line: number;
  localRef: string | null;
  localKey: string | null;
  workerRef: string | null;
  workerKey: string | null;
  category: number | null;
  trainingName: string | null;
  accredited: number | null;
  deliveredBy: number | null;
  provider: number | null;
  howDelivered: number | null;
  validityMonths: number | null;
  /** VALIDITY `none`. */
  doesNotExpire: boolean | null;
  completedOn: string | null;
  /** EXPIRYDATE as given. */
  expiryDate: string | null;
  /** EXPIRYDATE, or DATECOMPLETED + VALIDITY months − 1 day when EXPIRYDATE is blank. */
  expiresOn: string | null;
  notes: string | null;
}

export function emptyTrainingRecord(line: number): TrainingRecord {
  return {
    kind: 'training', line, localRef: null, localKey: null, workerRef: null, workerKey: null, category: null,
    trainingName: null, accredited: null, deliveredBy: null, provider: null, howDelivered: null,
    validityMonths: null, doesNotExpire: null, completedOn: null, expiryDate: null, expiresOn: null, notes: null,
  };
}

export const trainingFields = describe<TrainingRecord>({
  line: 'int', localRef: 'text', localKey: 'text', workerRef: 'text', workerKey: 'text', category: 'int',
  trainingName: 'text', accredited: 'int', deliveredBy: 'int', provider: 'int', howDelivered: 'int',
  validityMonths: 'int', doesNotExpire: 'boolean', completedOn: 'date', expiryDate: 'date', expiresOn: 'date',
  notes: 'text',
});
