import type { EntityManager } from '@mikro-orm/postgresql';
import { codeListItems } from './code-lists';
import { bool, intOrNull, referenceCsv } from './read-csv';

function jobRoles() {
  const groups = new Map(referenceCsv('map_job_role_group.csv').map((r) => [r.job_role_code, r]));
  const rows = referenceCsv('job_roles.csv');
  const groupOf = (code: string): { sfc_job_group?: string; sfc_job_group_label?: string; published_job_role?: string; qualification_benchmark_care_providing?: string } => {
    const g = groups.get(code);
    if (g?.sfc_job_group) return g;
    // retired roles (22, 41) take the group of the role they are recoded to
    const recode = rows.find((r) => r.code === code)?.recode_to_code;
    return recode ? groupOf(recode) : {};
  };
  return rows.map((r) => {
    const g = groupOf(r.code);
    return {
      code: Number(r.code),
      label: r.label,
      group: g.sfc_job_group_label ?? 'Other',
      group_code: g.sfc_job_group ?? 'other',
      published_role: g.published_job_role ?? 'other',
      status: r.status,
      recode_to: intOrNull(r.recode_to_code),
      care_providing: bool(g.qualification_benchmark_care_providing),
      can_do_delegated_healthcare: bool(r.can_do_dha),
    };
  });
}

function services() {
  const groups = new Map(referenceCsv('map_main_service_group.csv').map((r) => [r.service_code, r]));
  return referenceCsv('main_services.csv').map((r) => {
    const g = groups.get(r.code);
    return {
      code: Number(r.code),
      label: r.label,
      group: r.category,
      benchmark_group: g?.benchmark_comparison_service || 'All other services',
      benchmark_group_code: Number(g?.benchmark_service_code || 0),
      cqc_registered: bool(r.cqc_registered),
      can_be_main_service: bool(r.can_be_main_service),
      has_capacity: bool(r.has_capacity),
      has_utilisation: bool(r.has_utilisation),
    };
  });
}

const regions = () =>
  referenceCsv('map_region.csv').map((r) => ({ code: Number(r.region_id), label: r.region_name, ons_code: r.ons_region_code }));

const localAuthorities = () =>
  referenceCsv('map_la_region.csv').map((r) => ({
    code: Number(r.cssr_code),
    label: r.ascwds_cssr_name,
    region_code: Number(r.region_id),
    status: r.status,
    abolished_from: r.abolished_from || null,
    successor_codes: r.successor_cssr_codes || null,
  }));

/** Skills for Care age bands, ordered; age at the period's snapshot date falls in [min_age, max_age]. */
const ageBands = () =>
  referenceCsv('map_age_band.csv').map((r) => ({
    code: Number(r.sort_order), label: r.age_band, min_age: r.min_age ? Number(r.min_age) : null, max_age: r.max_age ? Number(r.max_age) : null,
  }));

/** Upsert one reference table from rows in a single set-based statement. */
async function upsert(em: EntityManager, table: string, key: string[], rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]);
  const updates = cols.filter((c) => !key.includes(c)).map((c) => `"${c}" = excluded."${c}"`).join(', ');
  const colList = cols.map((c) => `"${c}"`).join(', ');
  await em.getConnection().execute(
    `insert into "${table}" (${colList}) select ${colList} from json_populate_recordset(null::"${table}", ?::json)
     on conflict (${key.map((k) => `"${k}"`).join(', ')}) do update set ${updates}`,
    [JSON.stringify(rows)],
  );
}

/** Load every code list shipped in src/reference/data into the ref_* tables (idempotent; runs after each migrate). */
export async function seedReferenceData(em: EntityManager): Promise<Record<string, number>> {
  const tables: [string, string[], Record<string, unknown>[]][] = [
    ['ref_region', ['code'], regions()],
    ['ref_local_authority', ['code'], localAuthorities()],
    ['ref_job_role', ['code'], jobRoles()],
    ['ref_service', ['code'], services()],
    ['ref_code', ['list', 'code'], codeListItems() as unknown as Record<string, unknown>[]],
    ['ref_age_band', ['code'], ageBands()],
  ];
  const counts: Record<string, number> = {};
  await em.transactional(async (tx) => {
    for (const [table, key, rows] of tables) {
      await upsert(tx, table, key, rows);
      counts[table] = rows.length;
    }
  });
  return counts;
}
