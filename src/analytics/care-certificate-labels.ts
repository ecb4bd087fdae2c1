import type pg from 'pg';

/** Care Certificate answer labels from the code list (ref_code 'care_certificate'), plus the unanswered bucket. */
export async function loadCareCertificateLabels(pool: pg.Pool): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ code: number; label: string }>(`select code, label from ref_code where list = 'care_certificate'`);
  return new Map([...rows.map((r) => [String(r.code), r.label] as [string, string]), ['UNKNOWN', 'Not answered']]);
}
