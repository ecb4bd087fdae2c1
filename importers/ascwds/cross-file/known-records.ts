import type { PoolClient } from 'pg';

/** What the hub already holds for the records in the files: identities and their latest facts (the provider's CURRENT returns up to this period). */
export async function stageKnownRecords(client: PoolClient, providerId: number | null, period: string): Promise<void> {
  const p = [providerId ?? -1, period];
  await client.query(
    `CREATE TEMP TABLE known_workplace ON COMMIT DROP AS
     SELECT s.local_key, w.id AS workplace_id,
            (SELECT wp.id FROM workplace_period wp JOIN "return" r ON r.id = wp.return_id AND r.state = 'CURRENT'
              WHERE wp.workplace_id = w.id AND r.period <= $2 ORDER BY r.period DESC, r.id DESC LIMIT 1) AS prev_id
     FROM (SELECT DISTINCT local_key FROM stg_workplace WHERE local_key IS NOT NULL) s
     JOIN workplace w ON w.provider_id = $1 AND w.local_key = s.local_key`,
    p,
  );
  await client.query('CREATE UNIQUE INDEX ON known_workplace (local_key)');
  await client.query(
    `CREATE TEMP TABLE known_worker ON COMMIT DROP AS
     SELECT s.line, wk.id AS worker_id, prev.id AS prev_id, prev.date_of_birth AS prev_dob, prev.sickness_days AS prev_sickness,
            prev.main_job_role AS prev_main_job_role, prev.contract AS prev_contract, prev.contracted_hours AS prev_contracted_hours
     FROM stg_worker s
     JOIN workplace w ON w.provider_id = $1 AND w.local_key = s.local_key
     JOIN worker wk ON wk.workplace_id = w.id AND wk.worker_key = s.worker_key
     LEFT JOIN LATERAL (
       SELECT sr.* FROM staff_record sr JOIN "return" r ON r.id = sr.return_id AND r.state = 'CURRENT'
       WHERE sr.worker_id = wk.id AND r.period <= $2 ORDER BY r.period DESC, r.id DESC LIMIT 1) prev ON true`,
    p,
  );
  await client.query('CREATE UNIQUE INDEX ON known_worker (line)');
}
