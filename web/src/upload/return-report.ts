/** The report POST /api/returns answers with (src/returns/return-report.type.ts). */
export interface ReportProblem {
  file: string;
  kind: string | null;
  line: number;
  column: string;
  value: string;
  code: number;
  type: string;
  severity: string;
  message: string;
  localRef?: string | null;
  workerRef?: string | null;
}

export interface ReturnReport {
  reportId: number | string;
  returnId: number | null;
  outcome: 'ACCEPTED' | 'REJECTED' | 'VALIDATED' | 'ALREADY_RECEIVED';
  status: string;
  accepted: boolean;
  provider: { key: string; created: boolean };
  period: string;
  dryRun: boolean;
  files: { name: string; kind: string | null; format: string | null; records: number; errors: number; warnings: number }[];
  counts: { workplaces: number; staffRecords: number; trainingRecords: number };
  errors: number;
  warnings: number;
  problems: ReportProblem[];
  problemsTotal: number;
}
