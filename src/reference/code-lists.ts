import { bool, type CsvRow, referenceCsv } from './read-csv';
import { readCsv } from './read-csv';
import { join } from 'node:path';
import { ascwdsSpecDir } from '../paths';

/** How one code list in ref_code is built from the shipped CSVs: which file, which columns. */
interface CodeListSource {
  list: string;
  rows: () => CsvRow[];
  code: string;
  label: string;
  group?: (row: CsvRow) => string | null;
  known?: (row: CsvRow) => boolean;
}

const byCode = (file: string, key: string) => new Map(referenceCsv(file).map((r) => [r[key], r]));

const simpleCodes = (file: string, column: string) => () =>
  readCsv(join(ascwdsSpecDir, 'bulk_upload_simple_codes.csv')).filter((r) => r.file === file && r.column === column && /^\d+$/.test(r.code));

/** Nationality groups: the map file by code, then by the same nationality (531 Curaçao → Dutch → EU), then SPEC-metrics' rule. */
function nationalityGroup(row: CsvRow): string {
  const mapped = byCode('map_nationality_group.csv', 'nationality_code').get(row.code)
    ?? referenceCsv('map_nationality_group.csv').find((m) => m.nationality === row.nationality);
  if (mapped) return mapped.nationality_group;
  if (row.code === '826') return 'British';
  if (row.code === '998' || row.code === '999') return 'Not known';
  return 'Non-EU';
}

export const codeListSources: CodeListSource[] = [
  { list: 'employer_type', rows: () => referenceCsv('establishment_types.csv'), code: 'code', label: 'label', group: (r) => r.sector || null },
  { list: 'ethnicity', rows: () => referenceCsv('map_ethnicity_group.csv'), code: 'ethnicity_code', label: 'ethnicity', group: (r) => r.ethnic_group, known: (r) => bool(r.known) },
  { list: 'nationality', rows: () => referenceCsv('nationality.csv'), code: 'code', label: 'nationality', group: nationalityGroup, known: (r) => r.code !== '998' },
  { list: 'country', rows: () => referenceCsv('countries.csv'), code: 'code', label: 'country', known: (r) => r.code !== '998' },
  { list: 'qualification', rows: () => referenceCsv('qualifications.csv'), code: 'code', label: 'title', group: (r) => r.group || null },
  { list: 'qualification_level', rows: () => referenceCsv('qualification_levels.csv'), code: 'code', label: 'label',
    group: (r) => (bool(byCode('map_qualification_level.csv', 'analysis_file_code').get(r.code)?.level_2_or_above) ? 'Level 2 or above' : 'Below level 2'),
    known: (r) => bool(byCode('map_qualification_level.csv', 'analysis_file_code').get(r.code)?.known ?? 'true') },
  { list: 'training_category', rows: () => referenceCsv('training_categories.csv'), code: 'code', label: 'label', group: (r) => r.group || null },
  { list: 'training_provider', rows: () => referenceCsv('training_providers.csv'), code: 'code', label: 'name' },
  { list: 'contract', rows: () => referenceCsv('map_employment_status.csv'), code: 'bulk_upload_code', label: 'ascwds_contract',
    group: (r) => (bool(r.directly_employed) ? 'Directly employed' : 'Not directly employed') },
  { list: 'recruitment_source', rows: () => referenceCsv('recruitment_sources.csv'), code: 'code', label: 'label', known: (r) => r.code !== '16' },
  { list: 'service_user', rows: () => referenceCsv('service_users.csv'), code: 'code', label: 'label', group: (r) => r.group || null },
  { list: 'cwp_role_category', rows: () => referenceCsv('cwp_role_categories.csv'), code: 'code', label: 'label' },
  { list: 'cwp_awareness', rows: () => referenceCsv('cwp_awareness.csv'), code: 'code', label: 'label' },
  { list: 'cwp_use_reason', rows: () => referenceCsv('cwp_use_reasons.csv'), code: 'code', label: 'label' },
  { list: 'dha_activity', rows: () => referenceCsv('dha_activities.csv'), code: 'code', label: 'label' },
  { list: 'travel_time_pay', rows: () => referenceCsv('travel_time_pay_options.csv'), code: 'code', label: 'label' },
  { list: 'gender', rows: simpleCodes('worker', 'GENDER'), code: 'code', label: 'label', known: (r) => r.code !== '3' },
  { list: 'disability', rows: simpleCodes('worker', 'DISABLED'), code: 'code', label: 'label', known: (r) => r.code !== '3' },
  { list: 'care_certificate', rows: simpleCodes('worker', 'CARECERT'), code: 'code', label: 'label' },
  { list: 'level2_care_certificate', rows: simpleCodes('worker', 'L2CARECERT'), code: 'code', label: 'label' },
  { list: 'zero_hours', rows: simpleCodes('worker', 'ZEROHRCONT'), code: 'code', label: 'label', known: (r) => r.code !== '999' },
  { list: 'pay_interval', rows: simpleCodes('worker', 'SALARYINT'), code: 'code', label: 'label', known: (r) => r.code !== '999' },
];

export interface CodeListItemRow {
  list: string;
  code: number;
  label: string;
  group: string | null;
  known: boolean;
}

/** Every ref_code row, built from the CSVs (duplicated codes keep their first row, as ASC-WDS maps do). */
export function codeListItems(): CodeListItemRow[] {
  const out: CodeListItemRow[] = [];
  for (const src of codeListSources) {
    const seen = new Set<number>();
    for (const row of src.rows()) {
      const code = Number(row[src.code]);
      if (!Number.isInteger(code) || seen.has(code)) continue;
      seen.add(code);
      out.push({ list: src.list, code, label: row[src.label], group: src.group?.(row) ?? null, known: src.known?.(row) ?? true });
    }
  }
  return out;
}
