import type { PoolClient } from 'pg';

const ACTIVE = `('NEW', 'UPDATE', 'UNCHECKED', 'NOCHANGE')`;
const WRITTEN = `('NEW', 'UPDATE')`;
const CARRIED = `('UNCHECKED', 'NOCHANGE')`;

const STAFF_FACT_COLUMNS = ['display_id', 'postcode', 'date_of_birth', 'gender', 'ethnicity', 'nationality', 'british_citizenship',
  'country_of_birth', 'year_of_entry', 'disabled', 'care_certificate', 'level_2_care_certificate', 'level_2_care_certificate_year',
  'recruitment_source', 'health_and_care_visa', 'employed_from_outside_uk', 'main_job_start_date', 'started_in_sector',
  'delegated_healthcare', 'apprentice', 'contract', 'zero_hours', 'sickness_days', 'pay_interval', 'annual_pay', 'hourly_pay',
  'main_job_role', 'main_job_description', 'contracted_hours', 'average_hours', 'nmc_registration', 'amhp',
  'social_care_qualification', 'social_care_qualification_level', 'other_qualification', 'other_qualification_level', 'cwp_category'];
const STAFF_FACTS = STAFF_FACT_COLUMNS.join(', ');
const TRAINING_COLUMNS = `staff_record_id, category, name, accredited, who_delivered, training_provider, how_delivered,
  validity_months, does_not_expire, completed, expires, notes`;

export interface StaffWritten { staffRecords: number; trainingRecords: number }

/**
 * Staff identities, staff records, qualifications and training of a return, set-based from staging. Every new row's id
 * is drawn from its sequence up front (in file order) into `staff_target`, so each table is written by one INSERT in id
 * order (indexes append at their right edge) and nothing is updated afterwards to learn the ids.
 */
export async function writeStaff(client: PoolClient, returnId: number, providerId: number, period: string): Promise<StaffWritten> {
  const q = (sql: string, params: unknown[] = []) => client.query(sql, params);

  // renames and transfers of known records first, so identities below are found under their new key and workplace
  await q(`UPDATE worker wk SET worker_key = s.chg_worker_key, worker_ref = s.chg_worker_ref
           FROM stg_worker s JOIN known_worker k USING (line)
           WHERE wk.id = k.worker_id AND s.status = 'UPDATE' AND s.chg_worker_key IS NOT NULL AND s.line NOT IN (SELECT line FROM dup_worker)`);
  await q(`UPDATE worker wk SET workplace_id = w.id
           FROM stg_worker s JOIN known_worker k USING (line) JOIN workplace w ON w.provider_id = $1 AND w.local_key = s.transfer_to_key
           WHERE wk.id = k.worker_id AND s.status = 'UPDATE' AND s.transfer_to_key IS NOT NULL`, [providerId]);

  // every staff row of the period, with its worker (known or new) and the id its staff record will have
  await q(`CREATE TEMP TABLE staff_target ON COMMIT DROP AS
           SELECT x.*, coalesce(x.known_worker_id, nextval('worker_id_seq')::int) AS worker_id, nextval('staff_record_id_seq')::int AS staff_record_id
           FROM (SELECT s.line, s.status, w.id AS workplace_id, wp.id AS workplace_period_id, k.prev_id,
                        coalesce(s.chg_worker_key, s.worker_key) AS worker_key, coalesce(s.chg_worker_ref, s.worker_ref) AS worker_ref,
                        wk.id AS known_worker_id, CASE WHEN s.status IN ${WRITTEN} AND NOT s.ni_keep THEN s.ni_key END AS ni_key
                 FROM stg_worker s
                 JOIN workplace w ON w.provider_id = $2 AND w.local_key = coalesce(s.transfer_to_key, s.local_key)
                 JOIN workplace_period wp ON wp.return_id = $1 AND wp.workplace_id = w.id
                 LEFT JOIN known_worker k USING (line)
                 LEFT JOIN worker wk ON wk.workplace_id = w.id AND wk.worker_key = coalesce(s.chg_worker_key, s.worker_key)
                 WHERE s.status IN ${ACTIVE} AND s.line NOT IN (SELECT line FROM dup_worker)
                 ORDER BY s.line) x`, [returnId, providerId]);
  await q('ANALYZE staff_target');

  await q(`UPDATE worker wk SET worker_ref = t.worker_ref, ni_key = coalesce(t.ni_key, wk.ni_key)
           FROM staff_target t WHERE wk.id = t.known_worker_id`);
  await q(`INSERT INTO worker (id, workplace_id, worker_key, worker_ref, ni_key)
           SELECT worker_id, workplace_id, worker_key, worker_ref, ni_key FROM staff_target WHERE known_worker_id IS NULL ORDER BY worker_id`);

  const written = await q(`INSERT INTO staff_record (id, return_id, worker_id, workplace_period_id, period, source, unique_worker_ref, ${STAFF_FACTS})
           SELECT t.staff_record_id, $1, t.worker_id, t.workplace_period_id, $2, t.status, t.worker_ref, s.display_id, s.postcode,
             CASE WHEN s.dob_keep THEN p.date_of_birth ELSE s.dob END, s.gender, s.ethnicity, s.nationality, s.british_citizenship,
             s.country_of_birth, s.year_of_entry, s.disabled, s.care_certificate, s.level2_care_certificate, s.level2_care_certificate_year,
             s.recruitment_source, s.handc_visa, s.in_out_uk, s.start_date, s.start_in_sector, s.dha, s.apprentice, s.contract,
             s.zero_hours, s.sickness_days, s.pay_interval, s.annual_pay, s.hourly_pay, s.main_job_role, s.main_job_description,
             s.contracted_hours, s.average_hours, s.nmc_registration, s.amhp, s.social_care_qualification,
             s.social_care_qualification_level, s.other_qualification, s.other_qualification_level, s.cwp_category
           FROM staff_target t JOIN stg_worker s USING (line) LEFT JOIN staff_record p ON p.id = t.prev_id
           WHERE t.status IN ${WRITTEN} ORDER BY t.staff_record_id`, [returnId, period]);
  const carried = await q(`INSERT INTO staff_record (id, return_id, worker_id, workplace_period_id, period, source, unique_worker_ref, ${STAFF_FACTS})
           SELECT t.staff_record_id, $1, t.worker_id, t.workplace_period_id, $2, 'CARRIED', t.worker_ref, ${STAFF_FACT_COLUMNS.map((c) => `p.${c}`).join(', ')}
           FROM staff_target t JOIN staff_record p ON p.id = t.prev_id WHERE t.status IN ${CARRIED} ORDER BY t.staff_record_id`, [returnId, period]);

  // QUALACHnn is the complete set for NEW/UPDATE rows; carried rows keep theirs
  await q(`INSERT INTO qualification_achieved (staff_record_id, qualification, year, notes)
           SELECT t.staff_record_id, (q->>'code')::int, (q->>'year')::int, q->>'notes'
           FROM staff_target t JOIN stg_worker s USING (line) CROSS JOIN LATERAL jsonb_array_elements(s.qualifications) q
           WHERE t.status IN ${WRITTEN} AND jsonb_array_length(s.qualifications) > 0 ORDER BY t.staff_record_id`);
  await q(`INSERT INTO qualification_achieved (staff_record_id, qualification, year, notes)
           SELECT t.staff_record_id, qa.qualification, qa.year, qa.notes
           FROM staff_target t JOIN qualification_achieved qa ON qa.staff_record_id = t.prev_id WHERE t.status IN ${CARRIED} AND t.prev_id IS NOT NULL`);

  // training rows replace a worker's training (matched by its key before or after a CHGUNIQUEWRKID rename);
  // a worker with none in the file keeps the latest earlier set
  await q(`CREATE TEMP TABLE training_key ON COMMIT DROP AS
           SELECT DISTINCT s.local_key, k.worker_key, t.staff_record_id
           FROM stg_worker s JOIN staff_target t USING (line)
           CROSS JOIN LATERAL (VALUES (s.worker_key), (s.chg_worker_key)) k(worker_key)
           WHERE s.status <> 'DELETE' AND k.worker_key IS NOT NULL AND (t.status IN ${WRITTEN} OR t.prev_id IS NOT NULL)`);
  await q('ANALYZE training_key');
  const trained = await q(`INSERT INTO training_record (${TRAINING_COLUMNS})
           SELECT k.staff_record_id, tr.category, tr.training_name, tr.accredited, tr.delivered_by, tr.provider, tr.how_delivered,
             tr.validity_months, coalesce(tr.does_not_expire, false), tr.completed_on, tr.expires_on, tr.notes
           FROM stg_training tr JOIN training_key k ON k.local_key = tr.local_key AND k.worker_key = tr.worker_key ORDER BY tr.line`);
  const kept = await q(`INSERT INTO training_record (${TRAINING_COLUMNS})
           SELECT t.staff_record_id, tr.category, tr.name, tr.accredited, tr.who_delivered, tr.training_provider, tr.how_delivered,
             tr.validity_months, tr.does_not_expire, tr.completed, tr.expires, tr.notes
           FROM staff_target t JOIN training_record tr ON tr.staff_record_id = t.prev_id
           WHERE t.prev_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM stg_training x JOIN training_key k ON k.local_key = x.local_key AND k.worker_key = x.worker_key
                             WHERE k.staff_record_id = t.staff_record_id) ORDER BY tr.id`);

  await q(`UPDATE workplace_period wp SET staff_records = c.n FROM (
             SELECT workplace_period_id, count(*)::int AS n FROM staff_target WHERE status IN ${WRITTEN} OR prev_id IS NOT NULL GROUP BY 1) c
           WHERE wp.id = c.workplace_period_id`);
  return { staffRecords: (written.rowCount ?? 0) + (carried.rowCount ?? 0), trainingRecords: (trained.rowCount ?? 0) + (kept.rowCount ?? 0) };
}
