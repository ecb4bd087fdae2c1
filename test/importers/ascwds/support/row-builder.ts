import { Readable } from 'node:stream';
import { parsePeriod } from '../../../../src/returns/period';
import { currentHeader } from '../../../../importers/ascwds/file-layout';
import type { FileKind } from '../../../../importers/ascwds/message-catalogue';
import { validateFile, type FileResult, type RecordBatch, type RowContext } from '../../../../importers/ascwds/parse-file';
import type { Problem } from '../../../../importers/ascwds/problem';
import type { ImportRecord } from '../../../../importers/ascwds/copy-row';

/** The day every test validates on, so ages and "future" are stable. */
export const TODAY = '2025-06-30';

export const testContext: RowContext = {
  period: parsePeriod('2025-26'),
  today: TODAY,
  pseudonymise: (ni) => `hmac:${ni.split('').reverse().join('')}`,
};

/** A valid current-format row per kind; each test overrides the columns it is about. */
export const VALID: Record<FileKind, Record<string, string>> = {
  workplace: {
    LOCALESTID: 'W 1', STATUS: 'NEW', ESTNAME: 'Sunny Care', ADDRESS1: '1 High Street', POSTTOWN: 'Leeds', POSTCODE: 'LS1 2RP',
    ESTTYPE: '6', PERMCQC: '1', PERMLA: '0', REGTYPE: '2', PROVNUM: '1-123456789', LOCATIONID: '1-987654321', MAINSERVICE: '1',
    ALLSERVICES: '1;8', CAPACITY: '30;', UTILISATION: '28;40', SERVICEDESC: '', SERVICEUSERS: '1;3', OTHERUSERDESC: ';Older others',
    DHA: '1', DHAACTIVITIES: '1;2', TOTALPERMTEMP: '20', ALLJOBROLES: '8;4', STARTERS: '3;0', LEAVERS: '2;0', VACANCIES: '1;0',
    REASONS: '1;2', REASONNOS: '1;1', REPEATTRAINING: '2', CWPAWARE: '1', CWPUSE: '1;2;10', CWPUSEDESC: 'Our own reason',
    SICKPAY: '1', PENSION: '1', ACTUALCONT: '5.125', OPTOUTPEN: '2', HOLIDAY: '28', SLEEPINS: '1', SLEEPINPAY: '2',
    TRAVELTIME: '', TTDIFFRATE: '',
  },
  worker: {
    LOCALESTID: 'W 1', UNIQUEWORKERID: 'S 1', STATUS: 'NEW', DISPLAYID: 'Jane', NINUMBER: 'AB 12 34 56 C', POSTCODE: 'LS1 2RP',
    DOB: '01/02/1980', GENDER: '2', ETHNICITY: '31', NATIONALITY: '826', BRITISHCITIZENSHIP: '', COUNTRYOFBIRTH: '826',
    YEAROFENTRY: '', DISABLED: '0', CARECERT: '1', L2CARECERT: '1;2024', RECSOURCE: '1', HANDCVISA: '', INOUTUK: '',
    STARTDATE: '01/04/2020', STARTINSECT: '2015', DHA: '2', APPRENTICE: '2', EMPLSTATUS: '1', ZEROHRCONT: '2', DAYSSICK: '2.5',
    SALARYINT: '3', SALARY: '', HOURLYRATE: '11.50', MAINJOBROLE: '8', MAINJRDESC: '', CONTHOURS: '37.5', AVGHOURS: '',
    NMCREG: '', AMHP: '', SCQUAL: '1;3', NONSCQUAL: '2', CWPCATEGORY: '2', QUALACH01: '1;2010', QUALACH01NOTES: 'NVQ',
    QUALACH02: '', QUALACH02NOTES: '', QUALACH03: '', QUALACH03NOTES: '',
  },
  training: {
    LOCALESTID: 'W 1', UNIQUEWORKERID: 'S 1', CATEGORY: '1', TRAININGNAME: 'Restraint basics', ACCREDITED: '1', WHODELIVERED: '2',
    PROVIDERNAME: '1', HOWDELIVERED: '1', VALIDITY: '12', DATECOMPLETED: '01/06/2024', EXPIRYDATE: '', NOTES: '',
  },
};

export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV line for a valid row of `kind` with some columns changed, in the order of `header`. */
export function buildRow(kind: FileKind, overrides: Record<string, string> = {}, header: readonly string[] = currentHeader(kind)): string {
  const row = { ...VALID[kind], ...overrides };
  return header.map((c) => csvCell(row[c] ?? '')).join(',');
}

/** A whole file: header line plus one row per overrides object. */
export function buildFile(kind: FileKind, rows: Record<string, string>[], opts: { header?: readonly string[]; eol?: string } = {}): string {
  const header = opts.header ?? currentHeader(kind);
  const eol = opts.eol ?? '\n';
  return [header.join(','), ...rows.map((r) => buildRow(kind, r, header))].join(eol) + eol;
}

export interface Validated {
  result: FileResult;
  records: ImportRecord[];
  problems: Problem[];
  batches: number;
}

/** Validates in-memory file content and gathers every batch. */
export async function validateText(content: string | Buffer, fileName = 'upload.csv', ctx: RowContext = testContext): Promise<Validated> {
  const records: ImportRecord[] = [];
  const problems: Problem[] = [];
  let batches = 0;
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const result = await validateFile(Readable.from([buffer]), fileName, ctx, async (b: RecordBatch) => {
    batches++;
    records.push(...b.records);
    problems.push(...b.problems);
  });
  return { result, records, problems, batches };
}

/** The problems of one kind of file on a row, as `code type column` strings, for exact assertions. */
export function codesOn(problems: readonly Problem[], line = 2): string[] {
  return problems.filter((p) => p.line === line).map((p) => `${p.code} ${p.type} ${p.column}`);
}

/** Validates one row of `kind` (a valid row with `overrides`) and returns its record and its problems as `code type column`. */
export async function checkRow<R = ImportRecord>(kind: FileKind, overrides: Record<string, string>, header?: readonly string[]) {
  const v = await validateText(buildFile(kind, [overrides], { header }), `${kind}.csv`);
  if (v.records.length !== 1) throw new Error(`expected one record, got ${v.records.length}: ${JSON.stringify(v.problems)}`);
  return { record: v.records[0] as unknown as R, codes: codesOn(v.problems), problems: v.problems };
}
