import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { personScope, providerScope, workplacePeriodScope } from '../auth/viewer-scope';
import { Provider } from '../providers/provider.entity';
import { QualificationAchieved } from '../workers/qualification-achieved.entity';
import { StaffRecord } from '../workers/staff-record.entity';
import { TrainingRecord } from '../workers/training-record.entity';
import { WorkplacePeriod } from '../workplaces/workplace-period.entity';
import { encodeCursor, type Page } from './connection';
import type { Viewer } from './context';

/** Group rows by a key, keeping the loader's key order (DataLoader needs one result per key). */
function groupBy<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

export interface WorkersPageKey {
  workplaceId: number;
  period: string | null;
  first: number;
  afterId: number;
}

/** One query for a page of staff records of many workplaces: a window per workplace, so 50 workplaces cost one statement. */
async function workersPages(em: EntityManager, viewer: Viewer, keys: readonly WorkersPageKey[]): Promise<Page<StaffRecord>[]> {
  const scope = personScope(viewer, 'wp.workplace_id');
  const groups = new Map<string, WorkersPageKey[]>();
  for (const k of keys) {
    const g = `${k.period ?? ''}|${k.first}|${k.afterId}`;
    groups.set(g, [...(groups.get(g) ?? []), k]);
  }
  const results = new Map<WorkersPageKey, Page<StaffRecord>>();
  for (const group of groups.values()) {
    const { period, first, afterId } = group[0];
    const ids = group.map((k) => k.workplaceId);
    // period null = each workplace's latest period with a current return
    const rows: Record<string, unknown>[] = await em.getConnection().execute(
      `select * from (
         select sr.*, wp.workplace_id as "__workplace_id",
                row_number() over (partition by wp.workplace_id order by sr.id) as "__rn",
                count(*) over (partition by wp.workplace_id) as "__total"
         from staff_record sr
         join workplace_period wp on wp.id = sr.workplace_period_id
         join "return" r on r.id = wp.return_id and r.state = 'CURRENT'
         where (${scope.sql}) and wp.workplace_id in (?)
           and ${period ? 'wp.period = ?' : `wp.period = (select max(wp2.period) from workplace_period wp2 join "return" r2 on r2.id = wp2.return_id and r2.state = 'CURRENT' where wp2.workplace_id = wp.workplace_id)`}
           and sr.id > ?
       ) x where "__rn" <= ?`,
      period ? [...scope.params, ids, period, afterId, first + 1] : [...scope.params, ids, afterId, first + 1],
    );
    // the total counts every record of the period, not only those after the cursor
    const totals: { workplace_id: number; total: string }[] = afterId
      ? await em.getConnection().execute(
          `select wp.workplace_id, wp.staff_records::text as total from workplace_period wp join "return" r on r.id = wp.return_id and r.state = 'CURRENT'
           where (${scope.sql}) and wp.workplace_id in (?) ${period ? 'and wp.period = ?' : ''}`,
          period ? [...scope.params, ids, period] : [...scope.params, ids],
        )
      : [];
    const byWorkplace = groupBy(ids, rows, (r) => Number(r.__workplace_id));
    group.forEach((key, i) => {
      const list = byWorkplace[i];
      const nodes = list.slice(0, first).map((r) => em.map(StaffRecord, r));
      const total = afterId
        ? Number(totals.find((t) => t.workplace_id === key.workplaceId)?.total ?? 0)
        : Number(list[0]?.__total ?? 0);
      results.set(key, {
        edges: nodes.map((node) => ({ cursor: encodeCursor(node.id), node })),
        pageInfo: { hasNextPage: list.length > first, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].id) : null },
        totalCount: total,
      });
    });
  }
  return keys.map((k) => results.get(k)!);
}

/** Rows of one entity by raw SQL (the viewer's scope is part of the statement), mapped to entities. */
async function scoped<T extends object>(em: EntityManager, entity: new () => T, sql: string, params: unknown[]): Promise<T[]> {
  const rows: Record<string, unknown>[] = await em.getConnection().execute(sql, params);
  return rows.map((r) => em.map(entity, r));
}

/**
 * Per-request DataLoaders: every relation the schema exposes is fetched in batches, never one query per parent, and
 * every batch query carries the viewer's scope (src/auth/viewer-scope.ts), so a relation never reaches past it.
 */
export function createLoaders(em: EntityManager, viewer: Viewer) {
  const providers = providerScope(viewer, 'p');
  const periods = workplacePeriodScope(viewer, 'wp');
  // training and qualifications: through their staff record's workplace
  const people = personScope(viewer, 'wp.workplace_id');
  const ofStaffRecords = `staff_record_id in (select sr.id from staff_record sr join workplace_period wp on wp.id = sr.workplace_period_id
    where sr.id in (?) and (${people.sql}))`;
  return {
    provider: new DataLoader<number, Provider | null>(async (ids) => {
      const rows = await scoped(em, Provider, `select p.* from provider p where p.id in (?) and (${providers.sql})`, [[...ids], ...providers.params]);
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    /** Current-return facts of each workplace, every period. */
    workplacePeriods: new DataLoader<number, WorkplacePeriod[]>(async (ids) => {
      const rows = await scoped(em, WorkplacePeriod,
        `select wp.* from workplace_period wp join "return" r on r.id = wp.return_id and r.state = 'CURRENT'
         where wp.workplace_id in (?) and (${periods.sql}) order by wp.period desc`, [[...ids], ...periods.params]);
      return groupBy(ids, rows, (r) => r.workplace.id);
    }),
    workersPage: new DataLoader<WorkersPageKey, Page<StaffRecord>, string>((keys) => workersPages(em, viewer, keys), {
      cacheKeyFn: (k) => `${k.workplaceId}|${k.period}|${k.first}|${k.afterId}`,
    }),
    training: new DataLoader<number, TrainingRecord[]>(async (ids) => {
      const rows = await scoped(em, TrainingRecord, `select * from training_record where ${ofStaffRecords} order by id`, [[...ids], ...people.params]);
      return groupBy(ids, rows, (r) => r.staffRecordId);
    }),
    qualifications: new DataLoader<number, QualificationAchieved[]>(async (ids) => {
      const rows = await scoped(em, QualificationAchieved, `select * from qualification_achieved where ${ofStaffRecords} order by id`, [[...ids], ...people.params]);
      return groupBy(ids, rows, (r) => r.staffRecordId);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
