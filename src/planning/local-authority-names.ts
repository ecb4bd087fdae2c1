import type pg from 'pg';
import { referenceCsv } from '../reference/read-csv';

/** A local authority name reduced to what CQC's and ASC-WDS's spellings share ("Bristol, City of" = "Bristol"; "Telford & Wrekin" = "Telford and Wrekin"). */
export function nameKey(name: string): string {
  return name.toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/,?\s*(city|county|borough) of\b/g, ' ')
    .replace(/\b(royal borough|metropolitan borough|borough|county|city|district) council\b/g, ' ')
    .replace(/^\s*(county|city of)\s+/, ' ')
    .replace(/\bcouncil\b/g, ' ')
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Name key → CSSR code from the local-authority code list (the ASC-WDS name and the published area name); where two
 * authorities share a key the current one wins over an abolished one.
 */
export async function localAuthorityNames(client: pg.PoolClient | pg.Pool): Promise<Map<string, number>> {
  const { rows } = await client.query<{ code: number; label: string; status: string }>(`select code, label, status from ref_local_authority`);
  const published = new Map(referenceCsv('map_la_region.csv').map((r) => [Number(r.cssr_code), r.published_area_name]));
  const byKey = new Map<string, { code: number; current: boolean }>();
  for (const r of rows) {
    for (const name of [r.label, published.get(r.code)]) {
      if (!name) continue;
      const key = nameKey(name);
      const held = byKey.get(key);
      const current = r.status === 'current';
      if (!held || (!held.current && current)) byKey.set(key, { code: r.code, current });
    }
  }
  return new Map([...byKey].map(([k, v]) => [k, v.code]));
}
