import type { Database } from '../../src/db/database';

/** Minimal rows written straight to the tables, for tests of reading paths that must not depend on the importer. */
export async function sql<T = Record<string, unknown>>(db: Database, text: string, params: unknown[] = []): Promise<T[]> {
  return (await db.pool.query(text, params)).rows as T[];
}

export async function makeProvider(db: Database, key: string, name = `Provider ${key}`): Promise<number> {
  const [row] = await sql<{ id: number }>(db, 'insert into provider (key, name) values ($1, $2) returning id', [key, name]);
  return row.id;
}

export async function makeReturn(db: Database, providerId: number, period: string, state = 'CURRENT'): Promise<number> {
  const [row] = await sql<{ id: number }>(
    db,
    `with report as (insert into return_report (provider_key, period, status, outcome, files, summary)
       select key, $2, 'PASSED', 'ACCEPTED', '[]', '{}' from provider where id = $1 returning id)
     insert into "return" (provider_id, period, status, state, files, checksum, report_id)
     select $1, $2, 'PASSED', $3, '[]', md5(random()::text), id from report returning id`,
    [providerId, period, state],
  );
  return row.id;
}

export interface WorkplaceSpec {
  localRef: string;
  cssrCode?: number;
  regionCode?: number;
  mainService?: number;
  workers?: number;
  trainingPerWorker?: number;
}

/** A workplace with its period facts and `workers` staff records (each with training), under one return. */
export async function makeWorkplace(db: Database, providerId: number, returnId: number, period: string, spec: WorkplaceSpec): Promise<number> {
  const [w] = await sql<{ id: number }>(
    db,
    `insert into workplace (provider_id, local_key, local_ref) values ($1, $2, $3)
     on conflict (provider_id, local_key) do update set local_ref = excluded.local_ref returning id`,
    [providerId, spec.localRef.replace(/\s+/g, ''), spec.localRef],
  );
  const workers = spec.workers ?? 0;
  const [wp] = await sql<{ id: number }>(
    db,
    `insert into workplace_period (return_id, workplace_id, period, source, name, cssr_code, region_code, main_service, total_staff, staff_records)
     values ($1, $2, $3, 'NEW', $4, $5, $6, $7, $8, $8) returning id`,
    [returnId, w.id, period, `Workplace ${spec.localRef}`, spec.cssrCode ?? null, spec.regionCode ?? null, spec.mainService ?? null, workers],
  );
  for (let i = 1; i <= workers; i++) {
    const [wk] = await sql<{ id: number }>(
      db,
      `insert into worker (workplace_id, worker_key, worker_ref) values ($1, $2, $2)
       on conflict (workplace_id, worker_key) do update set worker_ref = excluded.worker_ref returning id`,
      [w.id, `W${i}`],
    );
    const [sr] = await sql<{ id: number }>(
      db,
      `insert into staff_record (return_id, worker_id, workplace_period_id, period, source, unique_worker_ref, contract, main_job_role)
       values ($1, $2, $3, $4, 'NEW', $5, 1, 7) returning id`,
      [returnId, wk.id, wp.id, period, `W${i}`],
    );
    for (let t = 0; t < (spec.trainingPerWorker ?? 0); t++) {
      await sql(db, `insert into training_record (staff_record_id, category, completed) values ($1, $2, '2024-06-01')`, [sr.id, 1 + t]);
    }
  }
  return w.id;
}
