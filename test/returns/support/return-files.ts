import { Readable } from 'node:stream';
import type { ReturnFileInput } from '../../../src/returns/submit-return';
import { buildFile } from '../../importers/ascwds/support/row-builder';

export { TODAY } from '../../importers/ascwds/support/row-builder';

/** An uploaded file held in memory. */
export function memoryFile(name: string, content: string | Buffer): ReturnFileInput {
  const buf = typeof content === 'string' ? Buffer.from(content) : content;
  return { name, open: () => Readable.from([buf]) };
}

export interface ReturnSpec {
  workplaces: Record<string, string>[];
  workers: Record<string, string>[];
  training?: Record<string, string>[];
}

/** The three files of a return, in the exact current format, from row overrides on valid rows. */
export function returnFiles(spec: ReturnSpec): ReturnFileInput[] {
  const files = [memoryFile('workplace.csv', buildFile('workplace', spec.workplaces)), memoryFile('staff.csv', buildFile('worker', spec.workers))];
  if (spec.training) files.push(memoryFile('training.csv', buildFile('training', spec.training)));
  return files;
}

/** A small, clean workplace: non-CQC domiciliary care, so no registered-manager or location checks apply. */
export const plainWorkplace = (localRef: string, totalStaff: number, extra: Record<string, string> = {}): Record<string, string> => ({
  LOCALESTID: localRef, STATUS: 'NEW', ESTNAME: `Home ${localRef}`, POSTCODE: 'LS1 2RP', REGTYPE: '0', PROVNUM: '', LOCATIONID: '',
  MAINSERVICE: '20', ALLSERVICES: '20', CAPACITY: '', UTILISATION: '', SERVICEUSERS: '1', OTHERUSERDESC: '', DHA: '', DHAACTIVITIES: '',
  TOTALPERMTEMP: String(totalStaff), ALLJOBROLES: '8', STARTERS: '1', LEAVERS: '1', VACANCIES: '0', REASONS: '1', REASONNOS: '1',
  SLEEPINS: '', SLEEPINPAY: '', ...extra,
});

let ni = 100000;
/** A clean permanent care worker with a unique NI number. */
export const careWorker = (localRef: string, workerRef: string, extra: Record<string, string> = {}): Record<string, string> => ({
  LOCALESTID: localRef, UNIQUEWORKERID: workerRef, STATUS: 'NEW', DISPLAYID: workerRef, NINUMBER: `AB${ni++}C`, DHA: '', ...extra,
});
