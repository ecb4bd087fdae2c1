import type { PoolClient } from 'pg';
import { fillMessage } from '../message-catalogue';
import type { Problem } from '../problem';
import { CROSS_FILE_RULES, PREPARE_SQL } from './cross-file-rules';
import { stageKnownRecords } from './known-records';

interface FindingRow {
  line: number;
  value: string | null;
  local_ref: string | null;
  worker_ref: string | null;
  /** When a rule reports a column other than its message's. */
  column?: string;
}

/** Values that a cross-file warning says "will be ignored" are dropped from staging before the write. */
const IGNORE_SQL = [
  `UPDATE stg_worker s SET dha = NULL FROM stg_workplace w WHERE w.local_key = s.local_key
     AND s.dha IS NOT NULL AND (w.dha = 2 OR w.main_service IN (10, 13, 19, 60, 72)
       OR EXISTS (SELECT 1 FROM ref_job_role j WHERE j.code = s.main_job_role AND NOT j.can_do_delegated_healthcare))`,
];

/** Run every cross-file rule over the staged files and the stored data; returns the problems, file names resolved per kind. */
export async function runCrossFileChecks(client: PoolClient, providerId: number | null, period: string, fileOf: Record<string, string>): Promise<Problem[]> {
  for (const sql of PREPARE_SQL) await client.query(sql);
  await stageKnownRecords(client, providerId, period);
  const problems: Problem[] = [];
  for (const rule of CROSS_FILE_RULES) {
    const params = rule.sql.includes('$2') ? [providerId ?? -1, period] : rule.sql.includes('$1') ? [providerId ?? -1] : [];
    const { rows } = await client.query<FindingRow>(rule.sql, params);
    for (const r of rows) {
      problems.push({
        file: fileOf[rule.kind] ?? rule.kind,
        kind: rule.kind,
        line: r.line,
        column: r.column ?? rule.msg.column,
        value: r.value ?? '',
        code: rule.msg.code,
        type: rule.msg.type,
        severity: rule.severity ?? rule.msg.severity,
        message: rule.text ?? fillMessage(rule.msg, [r.value ?? '']),
        ...(r.local_ref ? { localRef: r.local_ref } : {}),
        ...(r.worker_ref ? { workerRef: r.worker_ref } : {}),
      });
    }
  }
  for (const sql of IGNORE_SQL) await client.query(sql);
  return problems;
}
