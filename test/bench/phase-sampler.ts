import { Client } from 'pg';

/** Import phases, recognised from the statement the hub's connection is running. */
export const PHASES = ['start-up and checksums', 'parse, validate and COPY to staging', 'staging indexes and cross-file checks', 'write of the normalised model', 'commit (rollup trigger)', 'exit'] as const;
export type Phase = (typeof PHASES)[number];

/** Which phase a statement of the hub's import belongs to (later phases first: write statements read staging too). */
const MARKERS: [Phase, RegExp][] = [
  ['commit (rollup trigger)', /^\s*COMMIT/i],
  ['write of the normalised model', /INSERT INTO ("return"|workplace|workplace_period|workplace_job_count|worker|staff_record|qualification_achieved|training_record)\b|UPDATE (worker|workplace_period|"return"|return_report)\b|TEMP TABLE (staff_target|training_key)|ANALYZE (staff_target|training_key)/i],
  ['staging indexes and cross-file checks', /stg_|dup_|known_/i],
  ['parse, validate and COPY to staging', /^\s*COPY stg_/i],
];

/**
 * Watches pg_stat_activity of the bench database while the hub imports, and notes when the hub's connection first runs
 * each phase's opening statement: an outside view of where the import's time goes, with no hooks in the hub.
 */
export class PhaseSampler {
  private readonly client: Client;
  private timer: NodeJS.Timeout | null = null;
  private started = 0;
  private busy = false;
  readonly seen = new Map<Phase, number>();
  private commitLast: number | null = null;

  constructor(databaseUrl: string, private readonly everyMs = 25) {
    this.client = new Client({ connectionString: databaseUrl });
  }

  async start(): Promise<void> {
    await this.client.connect();
    this.started = performance.now();
    this.timer = setInterval(() => void this.sample(), this.everyMs);
  }

  private async sample(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const { rows } = await this.client.query<{ query: string }>(
        `select query from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state = 'active'`);
      const at = performance.now() - this.started;
      for (const { query } of rows) {
        const phase = /^\s*(COPY|CREATE TEMP TABLE) stg_/i.test(query) ? 'parse, validate and COPY to staging' : MARKERS.find(([, re]) => re.test(query))?.[0];
        if (phase && !this.seen.has(phase)) this.seen.set(phase, at);
        if (/^\s*COMMIT/i.test(query)) this.commitLast = at + this.everyMs;
      }
    } catch { /* the hub may be starting or gone */ } finally {
      this.busy = false;
    }
  }

  /** Stop sampling; the phases' durations given the total run time (ms from start()). */
  async stop(totalMs: number): Promise<{ phase: Phase; ms: number }[]> {
    const commitEndMs = this.commitLast ?? totalMs;
    if (this.timer) clearInterval(this.timer);
    await this.client.end();
    // phases follow one another: one seen before an earlier one means the earlier was too short to be sampled
    const marks: [Phase, number][] = [['start-up and checksums', 0]];
    for (const p of PHASES.slice(1, -1)) {
      const t = this.seen.get(p);
      if (t !== undefined && t >= marks[marks.length - 1][1]) marks.push([p, t]);
    }
    marks.push(['exit', Math.min(commitEndMs, totalMs)]);
    const out = marks.slice(0, -1).map(([phase, t], i) => ({ phase, ms: Math.max(0, marks[i + 1][1] - t) }));
    out.push({ phase: 'exit', ms: Math.max(0, totalMs - marks[marks.length - 1][1]) });
    return out;
  }
}
