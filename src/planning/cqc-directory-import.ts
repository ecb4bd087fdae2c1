import type { Readable } from 'node:stream';
import type { Database } from '../db/database';
import { CopyWriter } from '../db/copy';
import { BadInput } from '../errors';
import { normalisePostcode } from '../reference/postcode-import';
import { readDirectory, parseDirectoryDate } from './cqc-directory-read';
import { classifyLocation, LEFT_OUT_REASONS, type LeftOutReason, splitList } from './cqc-service-types';
import { localAuthorityNames, nameKey } from './local-authority-names';

export interface DirectoryImportOptions {
  /** the snapshot's date (ISO); default the date on the file's title lines, else today */
  asOf?: string | null;
  today?: string;
}

export interface DirectoryWarning {
  line: number;
  locationId: string;
  message: string;
}

export interface DirectoryImportReport {
  asOf: string;
  /** where the date came from */
  asOfSource: 'OPTION' | 'FILE' | 'TODAY';
  rowsRead: number;
  /** adult social care locations kept */
  locations: number;
  leftOut: { reason: LeftOutReason; rows: number; why: string }[];
  /** local authority found from the postcode table / from the Local Authority name / not at all ("Unknown area") */
  byPostcode: number;
  byName: number;
  unknownArea: number;
  /** kept locations not in the previous snapshot, and previous snapshot's locations missing from this one (deregistered from asOf) */
  newlyRegistered: number;
  deregistered: number;
  previousAsOf: string | null;
  /** true when a snapshot of the same date was replaced */
  replaced: boolean;
  warnings: DirectoryWarning[];
  warningCount: number;
}

const MAX_WARNINGS = 50;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Load one dated snapshot of CQC's care directory: adult social care locations only (the rest counted by reason), each
 * placed in a local authority by its postcode, else by its Local Authority name, else "Unknown area" with a warning.
 * One transaction; a snapshot of the same date is replaced.
 */
export async function importCqcDirectory(db: Database, input: Readable, fileName: string, opts: DirectoryImportOptions = {}): Promise<DirectoryImportReport> {
  if (opts.asOf != null && (!ISO_DATE.test(opts.asOf) || parseDirectoryDate(opts.asOf) !== opts.asOf)) {
    throw new BadInput(`--as-of "${opts.asOf}" is not a date such as 2025-03-31`, { asOf: opts.asOf });
  }
  const file = await readDirectory(input, fileName);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const asOf = opts.asOf ?? file.statedDate ?? today;
  const asOfSource = opts.asOf ? 'OPTION' : file.statedDate ? 'FILE' : 'TODAY';

  const leftOut = new Map<LeftOutReason, number>();
  const seen = new Set<string>();
  const kept: { line: number; row: (string | number | null)[] }[] = [];
  const client = await db.pool.connect();
  try {
    const laByName = await localAuthorityNames(client);
    for (const { line, cells } of file.rows) {
      const id = cells.locationId;
      const types = splitList(cells.serviceTypes);
      const verdict = !id ? { leftOut: 'NO_LOCATION_ID' as const } : classifyLocation(types, splitList(cells.specialisms));
      if ('leftOut' in verdict) {
        leftOut.set(verdict.leftOut, (leftOut.get(verdict.leftOut) ?? 0) + 1);
        continue;
      }
      if (seen.has(id)) {
        leftOut.set('DUPLICATE_LOCATION', (leftOut.get('DUPLICATE_LOCATION') ?? 0) + 1);
        continue;
      }
      seen.add(id);
      kept.push({ line, row: [line, id, cells.providerId || null, cells.name, cells.address || null, cells.postcode ? normalisePostcode(cells.postcode) : null,
        `{${types.map((t) => `"${t.replace(/["\\]/g, '\\$&')}"`).join(',')}}`, cells.specialisms || null, cells.providerName || null,
        cells.localAuthority || null, cells.region || null, cells.locationUrl || null, parseDirectoryDate(cells.latestCheck),
        laByName.get(nameKey(cells.localAuthority)) ?? null, verdict.mainService] });
    }

    await client.query('BEGIN');
    await client.query(`create temp table directory_in (line int, location_id text, provider_id text, name text, address text, postcode text,
      service_types text[], specialisms text, provider_name text, la_name text, region_name text, location_url text, latest_check date,
      name_cssr int, main_service int) on commit drop`);
    const copy = new CopyWriter(client, 'directory_in', ['line', 'location_id', 'provider_id', 'name', 'address', 'postcode', 'service_types',
      'specialisms', 'provider_name', 'la_name', 'region_name', 'location_url', 'latest_check', 'name_cssr', 'main_service']);
    await copy.write(kept.map((k) => k.row));
    await copy.end();

    const removed = await client.query(`delete from cqc_directory_snapshot where as_of = $1`, [asOf]);
    const [snap] = (await client.query<{ id: number }>(
      `insert into cqc_directory_snapshot (as_of, source_file, rows_read, locations, left_out) values ($1, $2, $3, $4, $5) returning id`,
      [asOf, fileName, file.rows.length, kept.length, JSON.stringify(Object.fromEntries(leftOut))])).rows;
    // local authority: the postcode table first, the Local Authority name second
    await client.query(`insert into cqc_directory_location (snapshot_id, location_id, provider_id, name, address, postcode, service_types, specialisms,
        provider_name, la_name, region_name, location_url, latest_check, cssr_code, area_source, main_service)
      select $1, i.location_id, i.provider_id, i.name, i.address, i.postcode, i.service_types, i.specialisms, i.provider_name, i.la_name, i.region_name,
        i.location_url, i.latest_check, coalesce(pc.cssr_code, i.name_cssr),
        case when pc.cssr_code is not null then 'POSTCODE' when i.name_cssr is not null then 'NAME' else 'NONE' end, i.main_service
      from directory_in i left join postcode pc on pc.postcode = i.postcode`, [snap.id]);

    const unmatched = await client.query<{ line: number; location_id: string; name: string; postcode: string | null; la_name: string | null; n: number }>(
      `select i.line, i.location_id, i.name, i.postcode, i.la_name, count(*) over ()::int as n
       from directory_in i join cqc_directory_location l on l.snapshot_id = $1 and l.location_id = i.location_id and l.area_source = 'NONE'
       order by i.line limit ${MAX_WARNINGS}`, [snap.id]);
    const warnings: DirectoryWarning[] = unmatched.rows.map((r) => ({ line: r.line, locationId: r.location_id,
      message: `${r.location_id} ${r.name}: postcode ${r.postcode ?? '(blank)'} is not in the postcode table and Local Authority "${r.la_name ?? ''}" is not in the local-authority code list; counted under "Unknown area"` }));

    const counts = (await client.query<{ by_postcode: number; by_name: number; unknown_area: number }>(
      `select count(*) filter (where area_source = 'POSTCODE')::int as by_postcode, count(*) filter (where area_source = 'NAME')::int as by_name,
              count(*) filter (where area_source = 'NONE')::int as unknown_area from cqc_directory_location where snapshot_id = $1`, [snap.id])).rows[0];
    const prev = (await client.query<{ id: number; as_of: string }>(
      `select id, as_of::text from cqc_directory_snapshot where as_of < $1 order by as_of desc limit 1`, [asOf])).rows[0];
    const change = prev
      ? (await client.query<{ deregistered: number; newly: number }>(
        `select (select count(*) from cqc_directory_location p where p.snapshot_id = $2 and not exists
                  (select 1 from cqc_directory_location c where c.snapshot_id = $1 and c.location_id = p.location_id))::int as deregistered,
                (select count(*) from cqc_directory_location c where c.snapshot_id = $1 and not exists
                  (select 1 from cqc_directory_location p where p.snapshot_id = $2 and p.location_id = c.location_id))::int as newly`, [snap.id, prev.id])).rows[0]
      : { deregistered: 0, newly: kept.length };
    await client.query(`update cqc_directory_snapshot set by_postcode = $2, by_name = $3, unknown_area = $4, deregistered = $5, warnings = $6 where id = $1`,
      [snap.id, counts.by_postcode, counts.by_name, counts.unknown_area, change.deregistered, JSON.stringify(warnings)]);
    await client.query('COMMIT');
    return {
      asOf, asOfSource, rowsRead: file.rows.length, locations: kept.length,
      leftOut: [...leftOut].map(([reason, rows]) => ({ reason, rows, why: LEFT_OUT_REASONS[reason] })),
      byPostcode: counts.by_postcode, byName: counts.by_name, unknownArea: counts.unknown_area,
      newlyRegistered: change.newly, deregistered: change.deregistered, previousAsOf: prev?.as_of ?? null,
      replaced: (removed.rowCount ?? 0) > 0, warnings, warningCount: unmatched.rows[0]?.n ?? 0,
    };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
