import type { PoolClient } from 'pg';
import type { ReturnPeriod } from '../../../src/returns/period';
import type { ReturnFileInfo } from '../../../src/returns/return.entity';
import { writeStaff } from './write-staff';

export interface WriteInput {
  providerId: number;
  period: ReturnPeriod;
  reportId: number;
  checksum: string;
  files: ReturnFileInfo[];
  status: string;
  submittedBy: string | null;
}

export interface WriteResult {
  returnId: number;
  supersedesId: number | null;
  workplaces: number;
  staffRecords: number;
  trainingRecords: number;
  notInPeriod: { workplaces: { localRef: string; reason: string }[]; staff: { localRef: string; workerRef: string; reason: string }[] };
}

const ACTIVE = `('NEW', 'UPDATE', 'UNCHECKED', 'NOCHANGE')`;
const WRITTEN = `('NEW', 'UPDATE')`;
const CARRIED = `('UNCHECKED', 'NOCHANGE')`;

/** Workplace facts a period row holds (copied as they are when a row is carried forward). */
const WORKPLACE_FACT_COLUMNS = ['name', 'address1', 'address2', 'address3', 'post_town', 'postcode', 'cssr_code', 'region_code',
  'employer_type', 'employer_type_other', 'sector', 'share_with_cqc', 'share_with_la', 'cqc_regulated', 'cqc_provider_id',
  'cqc_location_id', 'main_service', 'services', 'service_users', 'delegated_healthcare', 'delegated_healthcare_activities',
  'total_staff', 'starters_answer', 'leavers_answer', 'vacancies_answer', 'starters', 'leavers', 'vacancies', 'answers',
  'actual_pension_contribution'];
const WORKPLACE_FACTS = WORKPLACE_FACT_COLUMNS.join(', ');
/** A carried row's facts, its area looked up again in case the postcode table has grown since. */
const CARRIED_WORKPLACE_FACTS = WORKPLACE_FACT_COLUMNS.map((c) =>
  c === 'cssr_code' ? 'coalesce(pc.cssr_code, p.cssr_code)' : c === 'region_code' ? 'coalesce(la.region_code, p.region_code)' : `p.${c}`).join(', ');

const total = (answer: string, list: string) =>
  `CASE s.${answer} WHEN 'NONE' THEN 0 WHEN 'WITH_JOBS' THEN (SELECT sum((j->>'count')::int) FROM jsonb_array_elements(s.${list}) j) END`;

/** Write an accepted return: supersede the current one, then every fact set-based from staging (or carried from the latest earlier facts). */
export async function writeReturn(client: PoolClient, input: WriteInput): Promise<WriteResult> {
  const { providerId, period } = input;
  const q = async <T = any>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[];

  await q(`INSERT INTO return_period (code, starts_on, snapshot_date) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING`, [period.code, period.startsOn, period.snapshotDate]);
  const [previous] = await q<{ id: number }>(
    `SELECT id FROM "return" WHERE provider_id = $1 AND state = 'CURRENT' AND period <= $2 ORDER BY period DESC, id DESC LIMIT 1`, [providerId, period.code]);
  const [superseded] = await q<{ id: number }>(
    `UPDATE "return" SET state = 'SUPERSEDED' WHERE provider_id = $1 AND period = $2 AND state = 'CURRENT' RETURNING id`, [providerId, period.code]);
  const [{ id: returnId }] = await q<{ id: number }>(
    `INSERT INTO "return" (provider_id, period, status, state, submitted_by, files, checksum, report_id, supersedes_id, errors, warnings)
     SELECT $1, $2, $3, 'CURRENT', $4, $5, $6, $7, $8, rr.errors, rr.warnings FROM return_report rr WHERE rr.id = $7 RETURNING id`,
    [providerId, period.code, input.status, input.submittedBy, JSON.stringify(input.files), input.checksum, input.reportId, superseded?.id ?? null]);
  const R = [returnId, providerId, period.code];

  // ---- workplaces
  await q(`INSERT INTO workplace (provider_id, local_key, local_ref, cqc_location_id)
           SELECT $1, local_key, local_ref, CASE WHEN status IN ${WRITTEN} AND cqc_regulated THEN location_id END
           FROM stg_workplace WHERE status IN ${ACTIVE} AND line NOT IN (SELECT line FROM dup_workplace)
           ON CONFLICT (provider_id, local_key) DO UPDATE SET local_ref = excluded.local_ref,
             cqc_location_id = coalesce(excluded.cqc_location_id, workplace.cqc_location_id)`, [providerId]);
  await q(`INSERT INTO workplace_period (return_id, workplace_id, period, source, ${WORKPLACE_FACTS})
           SELECT $1, w.id, $3, s.status, s.name, s.address1, s.address2, s.address3, s.post_town, s.postcode, pc.cssr_code, la.region_code,
             s.employer_type, s.employer_type_other, et."group", s.share_with_cqc, s.share_with_la, s.cqc_regulated,
             CASE WHEN s.cqc_regulated THEN s.provider_id END, CASE WHEN s.cqc_regulated THEN s.location_id END, s.main_service,
             s.services, s.service_users, s.dha, to_jsonb(s.dha_activities), s.total_staff,
             s.starters_answer, s.leavers_answer, s.vacancies_answer,
             ${total('starters_answer', 'starters')}, ${total('leavers_answer', 'leavers')}, ${total('vacancies_answer', 'vacancies')},
             jsonb_strip_nulls(jsonb_build_object('serviceCodes', s.service_codes, 'jobRoles', s.job_roles, 'leaveReasons', s.leave_reasons,
               'dhaActivitiesDontKnow', s.dha_activities_dont_know, 'repeatTraining', s.repeat_training, 'cwpAwareness', s.cwp_awareness,
               'cwpUse', s.cwp_use, 'cwpUseReasons', s.cwp_use_reasons, 'cwpUseDescription', s.cwp_use_description, 'sickPay', s.sick_pay,
               'pension', s.pension, 'pensionOptOut', s.pension_opt_out, 'holidayDays', s.holiday_days, 'sleepIns', s.sleep_ins,
               'sleepInPay', s.sleep_in_pay, 'travelTimePay', s.travel_time_pay, 'travelTimeRate', s.travel_time_rate)),
             s.pension_contribution
           FROM stg_workplace s
           JOIN workplace w ON w.provider_id = $2 AND w.local_key = s.local_key
           LEFT JOIN postcode pc ON pc.postcode = s.postcode
           LEFT JOIN ref_local_authority la ON la.code = pc.cssr_code
           LEFT JOIN ref_code et ON et.list = 'employer_type' AND et.code = s.employer_type
           WHERE s.status IN ${WRITTEN} AND s.line NOT IN (SELECT line FROM dup_workplace)`, R);
  await q(`INSERT INTO workplace_period (return_id, workplace_id, period, source, ${WORKPLACE_FACTS})
           SELECT $1, p.workplace_id, $2, 'CARRIED', ${CARRIED_WORKPLACE_FACTS}
           FROM stg_workplace s JOIN known_workplace k USING (local_key) JOIN workplace_period p ON p.id = k.prev_id
           LEFT JOIN postcode pc ON pc.postcode = p.postcode LEFT JOIN ref_local_authority la ON la.code = pc.cssr_code
           WHERE s.status IN ${CARRIED} AND s.line NOT IN (SELECT line FROM dup_workplace)`, [returnId, period.code]);
  await q(`INSERT INTO workplace_job_count (workplace_period_id, measure, job_role, count)
           SELECT wp.id, m.measure::job_measure, (j->>'jobRole')::int, sum((j->>'count')::int)
           FROM stg_workplace s
           JOIN workplace w ON w.provider_id = $2 AND w.local_key = s.local_key
           JOIN workplace_period wp ON wp.return_id = $1 AND wp.workplace_id = w.id AND wp.source <> 'CARRIED'
           CROSS JOIN LATERAL (VALUES ('STARTERS', s.starters_answer, s.starters), ('LEAVERS', s.leavers_answer, s.leavers),
                                      ('VACANCIES', s.vacancies_answer, s.vacancies)) m(measure, answer, list)
           CROSS JOIN LATERAL jsonb_array_elements(m.list) j
           WHERE s.status IN ${WRITTEN} AND m.answer IN ('WITH_JOBS', 'NONE') AND s.line NOT IN (SELECT line FROM dup_workplace)
           GROUP BY 1, 2, 3`, [returnId, providerId]);
  await q(`INSERT INTO workplace_job_count (workplace_period_id, measure, job_role, count)
           SELECT wp.id, c.measure, c.job_role, c.count FROM workplace_period wp
           JOIN known_workplace k ON k.workplace_id = wp.workplace_id JOIN workplace_job_count c ON c.workplace_period_id = k.prev_id
           WHERE wp.return_id = $1 AND wp.source = 'CARRIED'`, [returnId]);

  // ---- staff, qualifications and training
  const staff = await writeStaff(client, returnId, providerId, period.code);
  const [{ workplaces }] = await q<{ workplaces: number }>(`SELECT count(*)::int AS workplaces FROM workplace_period WHERE return_id = $1`, [returnId]);
  const counts = { workplaces, staff: staff.staffRecords, training: staff.trainingRecords };
  await q(`UPDATE "return" SET workplaces = $2, staff_records = $3, training_records = $4 WHERE id = $1`, [returnId, counts.workplaces, counts.staff, counts.training]);

  // ---- what the previous return had that this one does not
  const prevId = previous?.id ?? -1;
  const workplacesGone = await q<{ localRef: string; reason: string }>(
    `SELECT w.local_ref AS "localRef", CASE WHEN s.status = 'DELETE' THEN 'DELETE' ELSE 'not in the workplace file' END AS reason
     FROM workplace_period p JOIN workplace w ON w.id = p.workplace_id LEFT JOIN stg_workplace s ON s.local_key = w.local_key
     WHERE p.return_id = $1 AND NOT EXISTS (SELECT 1 FROM workplace_period n WHERE n.return_id = $2 AND n.workplace_id = p.workplace_id)
     ORDER BY w.local_ref`, [prevId, returnId]);
  const staffGone = await q<{ localRef: string; workerRef: string; reason: string }>(
    `SELECT w.local_ref AS "localRef", p.unique_worker_ref AS "workerRef",
            CASE WHEN EXISTS (SELECT 1 FROM stg_worker s WHERE s.local_key = w.local_key AND s.worker_key = wk.worker_key AND s.status = 'DELETE')
                 THEN 'DELETE' ELSE 'not in the staff file' END AS reason
     FROM staff_record p JOIN workplace_period pwp ON pwp.id = p.workplace_period_id JOIN workplace w ON w.id = pwp.workplace_id
     JOIN worker wk ON wk.id = p.worker_id
     WHERE p.return_id = $1 AND EXISTS (SELECT 1 FROM workplace_period n WHERE n.return_id = $2 AND n.workplace_id = pwp.workplace_id)
       AND NOT EXISTS (SELECT 1 FROM staff_record n WHERE n.return_id = $2 AND n.worker_id = p.worker_id)
     ORDER BY w.local_ref, p.unique_worker_ref`, [prevId, returnId]);

  return {
    returnId,
    supersedesId: superseded?.id ?? null,
    workplaces: counts.workplaces,
    staffRecords: counts.staff,
    trainingRecords: counts.training,
    notInPeriod: { workplaces: workplacesGone, staff: staffGone },
  };
}
