import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { reportText } from '../../importers/ascwds/report';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { BadInput } from '../errors';
import { cliViewer } from '../auth/role';
import { submitReturnAs } from '../auth/submission-access';
import type { SubmissionReport } from './submit-return';

interface ImportOptions {
  provider: string;
  period: string;
  name?: string;
  dryRun?: boolean;
  json?: boolean;
}

/** What became of the submission, in a line, after the validation summary. */
function outcomeLine(r: SubmissionReport): string {
  const counts = `${r.counts.workplaces} workplaces, ${r.counts.staffRecords} staff records, ${r.counts.trainingRecords} training records`;
  switch (r.outcome) {
    case 'ACCEPTED':
      return `Accepted as ${r.provider.key}'s current return for ${r.period} (return ${r.returnId}${r.supersedesReturnId ? `, replacing return ${r.supersedesReturnId}` : ''}): ${counts}.`;
    case 'ALREADY_RECEIVED':
      return `Already received: these files are ${r.provider.key}'s current return for ${r.period} (return ${r.returnId}). Nothing changed.`;
    case 'VALIDATED':
      return `Dry run: validated only, nothing written (${counts} read).`;
    default:
      return `Rejected: nothing was written. Fix the errors and upload again. Report: GET /api/returns/${r.reportId}/report.csv`;
  }
}

/** `wfhub import`: the CLI door to submitReturn. Exit 0 when accepted (PASSED or WARNINGS), 1 when rejected. */
export function registerImportCommand(program: Command, log: (m: string) => void): void {
  program
    .command('import')
    .description('Validate and import a provider\'s ASC-WDS bulk-upload files (workplace, staff, optional training) for a period')
    .requiredOption('--provider <key>', 'provider key (created if new)')
    .requiredOption('--period <YYYY-YY>', 'financial year, e.g. 2024-25 (snapshot 31 March 2025)')
    .option('--name <name>', 'provider name, when the provider is new')
    .option('--dry-run', 'validate only; write nothing')
    .option('--json', 'print the JSON report on standard output')
    .argument('<files...>', 'the CSV files (recognised by their header, not their name)')
    .action(async (files: string[], opts: ImportOptions) => {
      for (const f of files) {
        if (!existsSync(f) || !statSync(f).isFile()) throw new BadInput(`file not found: ${f}`, { file: f });
      }
      const totalBytes = files.reduce((n, f) => n + statSync(f).size, 0);
      const bar = process.stderr.isTTY && !opts.json
        ? new SingleBar({ format: 'importing {file} |{bar}| {percentage}% {rows} rows, {rate} rows/s', hideCursor: true, clearOnComplete: true, stream: process.stderr })
        : null;
      const started = Date.now();
      let bytesRead = 0;
      bar?.start(totalBytes, 0, { file: '', rows: 0, rate: 0 });
      const db = await openDatabase(loadConfig(), (m) => (opts.json ? undefined : log(m)), { migrate: true });
      let report: SubmissionReport;
      try {
        // audited as the local user (the command line holds the database, so it acts as admin)
        report = await submitReturnAs(db, loadConfig(), cliViewer(), {
          providerKey: opts.provider,
          providerName: opts.name,
          period: opts.period,
          dryRun: opts.dryRun,
          files: files.map((f) => ({ name: basename(f), open: () => createReadStream(f).on('data', (c) => (bytesRead += c.length)) })),
          onProgress: (rows, file) => {
            // every file is read once to checksum it, then once to import it: the second pass is the progress
            const rate = Math.round(rows / Math.max((Date.now() - started) / 1000, 0.001));
            bar?.update(Math.max(0, bytesRead - totalBytes), { file, rows, rate });
          },
        });
      } finally {
        bar?.stop();
        await db.close();
      }
      if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else {
        if (report.provider.created) log(`New provider "${report.provider.key}" created.`);
        process.stdout.write(reportText(report) + '\n' + outcomeLine(report) + '\n');
      }
      if (report.status === 'FAILED') process.exitCode = 1;
    });
}
