import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { createBenchDatabase, DEFAULT_SERVER } from './bench-database';
import { timeRawCopy } from './copy-limit';
import { hubEnv, runHub } from './hub-process';
import { PhaseSampler } from './phase-sampler';
import { benchQueries, type QueryTiming } from './query-bench';
import { peerQueries, type PeerResult } from './peer-postgraphile';
import { type BenchResult, resultsMarkdown } from './results-table';
import { generateSnapshot } from './snapshot-generator';

interface Options { scale: number; seed: number; copyRuns: number; queryRuns: number; out: string; keep: boolean; dir?: string; skipPeer: boolean }

const positive = (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a positive number');
  return n;
};
const whole = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number');
  return n;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);

/** Run every step; `done` gets the results before the bench database is dropped (dropping a large one waits for a checkpoint). */
async function bench(opts: Options, done: (r: BenchResult) => void): Promise<void> {
  const dir = opts.dir ? resolve(opts.dir) : mkdtempSync(join(tmpdir(), 'wfhub-bench-'));
  log(`generating a synthetic snapshot at scale ${opts.scale}, seed ${opts.seed}, in ${dir}`);
  const t = Date.now();
  const snap = await generateSnapshot({ scale: opts.scale, seed: opts.seed, dir });
  const c = snap.counts;
  log(`${c.providers} providers, ${c.workplaces} workplaces, ${c.staffRecords} staff rows, ${c.trainingRecords} training rows, ${(snap.bytes / 1e6).toFixed(1)} MB (${Date.now() - t} ms)`);
  const files = [snap.files.workplace, snap.files.staff, snap.files.training];

  const server = process.env.DATABASE_URL?.trim() || DEFAULT_SERVER;
  const db = await createBenchDatabase(server, `wfhub_bench_${process.pid}`);
  const env = hubEnv(db.url, { WFHUB_DATA_DIR: join(dir, 'data') });
  try {
    const hub = async (args: string[]) => {
      const r = await runHub(args, env);
      if (r.code !== 0) throw new Error(`wfhub ${args.join(' ')} exited ${r.code}: ${r.stderr.slice(-2000)}`);
      return r;
    };
    await hub(['migrate']);
    await hub(['postcodes', 'import', snap.files.postcodes]);

    log(`limit: raw COPY of the three files, ${opts.copyRuns} runs`);
    const copies: number[] = [];
    for (let i = 0; i < opts.copyRuns; i++) copies.push(await timeRawCopy(db.url, files));
    log(`raw COPY ${copies.map((m) => m.toFixed(0)).join(', ')} ms`);

    log('hub import: wfhub import as a child process');
    const sampler = new PhaseSampler(db.url);
    await sampler.start();
    const run = await hub(['import', '--provider', 'national', '--name', 'National snapshot (synthetic)', '--period', snap.period, '--json', ...files]);
    const phases = await sampler.stop(run.ms);
    const report = JSON.parse(run.stdout) as { outcome: string; errors: number; warnings: number; counts: { workplaces: number; staffRecords: number; trainingRecords: number } };
    if (report.outcome !== 'ACCEPTED') throw new Error(`import not accepted: ${report.outcome}, ${report.errors} errors`);
    log(`import ${run.ms.toFixed(0)} ms, peak RSS ${run.peakRssMb?.toFixed(0)} MB, ${report.warnings} warnings`);
    // the limit again after the import, so a machine busier in one half of the run does not skew the ratio
    for (let i = 0; i < Math.max(1, Math.floor(opts.copyRuns / 2)); i++) copies.push(await timeRawCopy(db.url, files));
    const copyMs = median(copies);
    log(`raw COPY after the import: ${copies.map((m) => m.toFixed(0)).join(', ')} ms; median ${copyMs.toFixed(0)} ms`);
    log(phases.map((p) => `${p.phase} ${p.ms.toFixed(0)} ms`).join(', '));

    const queries: QueryTiming[] = await benchQueries(db.url, env, snap.period, opts.queryRuns, log);
    const peer: PeerResult = opts.skipPeer ? { ran: false, note: 'skipped (--skip-peer)', timings: [] } : await peerQueries(db.url, snap.period, opts.queryRuns, queries, log);

    const rows = c.workplaces + c.staffRecords + c.trainingRecords;
    done({
      machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memGb: totalmem() / 2 ** 30, node: process.version },
      scale: opts.scale,
      seed: opts.seed,
      counts: c,
      mb: (statSync(snap.files.workplace).size + statSync(snap.files.staff).size + statSync(snap.files.training).size) / 1e6,
      copyMs,
      copyRuns: copies,
      importMs: run.ms,
      importRowsPerSec: rows / (run.ms / 1000),
      copyRowsPerSec: rows / (copyMs / 1000),
      peakRssMb: run.peakRssMb,
      phases,
      warnings: report.warnings,
      written: report.counts,
      queries,
      peer,
    });
  } finally {
    if (!opts.keep) {
      await db.drop();
      if (!opts.dir) rmSync(dir, { recursive: true, force: true });
    } else log(`kept database ${db.url} and files in ${dir}`);
  }
}

const program = new Command('bench')
  .description('Workforce Hub benchmark: synthetic national ASC-WDS snapshot → raw COPY limit, wfhub import, GraphQL aggregates, peer')
  .option('--scale <n>', 'fraction of the national snapshot (1 = 35,000 workplaces, 850,000 staff rows)', positive, 1)
  .option('--seed <n>', 'generator seed', whole, 20261129)
  .option('--copy-runs <n>', 'raw COPY repetitions (median taken)', whole, 3)
  .option('--query-runs <n>', 'timed repetitions of each query', whole, 30)
  .option('--out <file>', 'results file', resolve(__dirname, '../../../docs/benchmark.md'))
  .option('--dir <dir>', 'write the generated files here (kept)')
  .option('--keep', 'keep the bench database and files', false)
  .option('--skip-peer', 'do not run the PostGraphile peer', false)
  .action(async (opts: Options) => {
    await bench(opts, (result) => {
      const md = resultsMarkdown(result);
      process.stdout.write(md + '\n');
      writeFileSync(opts.out, md + '\n');
      log(`written to ${opts.out}; dropping the bench database`);
    });
  });

program.parseAsync(process.argv).catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
