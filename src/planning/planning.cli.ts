import { createReadStream, existsSync } from 'node:fs';
import { type Command, CommanderError } from 'commander';
import { loadConfig } from '../config';
import { openDatabase, type Database } from '../db/database';
import { referenceImportCommand } from '../reference/reference-import.cli';
import { importCommissioned } from './commissioned-import';
import { type DirectoryImportReport, importCqcDirectory } from './cqc-directory-import';
import { importPopulationProjection } from './population-projection-import';

type Log = (m: string) => void;

async function withDatabase<T>(file: string, log: Log, fn: (db: Database) => Promise<T>): Promise<T> {
  if (!existsSync(file)) throw new CommanderError(2, 'wfhub.fileNotFound', `error: file not found: ${file}`);
  const db = await openDatabase(loadConfig(), log, { migrate: true });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** The import report as a person reads it at the terminal. */
export function directoryReportText(file: string, r: DirectoryImportReport): string[] {
  const out = [
    `${file}: snapshot as at ${r.asOf} (${r.asOfSource === 'OPTION' ? '--as-of' : r.asOfSource === 'FILE' ? "the file's date line" : 'today'})${r.replaced ? ', replacing the snapshot of that date' : ''}`,
    `  ${r.rowsRead} rows read; ${r.locations} adult social care locations kept; ${r.rowsRead - r.locations} left out`,
    ...r.leftOut.map((l) => `    ${l.rows} left out: ${l.why}`),
    `  local authority from postcode ${r.byPostcode}, from the Local Authority name ${r.byName}, unknown ${r.unknownArea} (counted under "Unknown area")`,
    r.previousAsOf ? `  since the snapshot of ${r.previousAsOf}: ${r.newlyRegistered} new, ${r.deregistered} deregistered` : '  first snapshot',
  ];
  for (const w of r.warnings) out.push(`  warning line ${w.line}: ${w.message}`);
  if (r.warningCount > r.warnings.length) out.push(`  … and ${r.warningCount - r.warnings.length} more warnings`);
  return out;
}

/** `wfhub reference import cqc-directory|commissioned|population-projection` (issue 11). */
export function registerPlanningReferenceImports(program: Command, log: Log): void {
  const imports = referenceImportCommand(program);
  imports
    .command('cqc-directory <file>')
    .description("CQC's care directory CSV (title lines, then Name, Postcode, Service types, … CQC Location): a dated snapshot of the adult social care locations")
    .option('--as-of <date>', "the snapshot's date (YYYY-MM-DD); default the date on the file's title lines, else today")
    .action(async (file: string, opts: { asOf?: string }) => {
      const r = await withDatabase(file, log, (db) => importCqcDirectory(db, createReadStream(file), file, { asOf: opts.asOf ?? null }));
      for (const line of directoryReportText(file, r)) log(line);
    });
  imports
    .command('commissioned <file>')
    .description("The council's commissioned services: CSV location_id,contract_ref or provider_key,contract_ref (replaces the list held)")
    .action(async (file: string) => {
      const r = await withDatabase(file, log, (db) => importCommissioned(db, createReadStream(file), file));
      log(`${file}: ${r.rows} contracts (${r.byLocation} by location, ${r.byProvider} by provider)`);
      for (const w of r.warnings) log(`  warning line ${w.line}: ${w.message}`);
    });
  imports
    .command('population-projection <file>')
    .description('Population projections: CSV area_code,year,age_band,count,source (also accepted by "reference import population"; see docs/planning.md)')
    .action(async (file: string) => {
      const r = await withDatabase(file, log, (db) => importPopulationProjection(db, createReadStream(file), file));
      log(`${file}: ${r.rows} rows; ${r.series.length} area × age band series replaced (${r.series.slice(0, 5).map((s) => `${s.areaCode} ${s.ageBand} ${s.fromYear}–${s.toYear}`).join(', ')}${r.series.length > 5 ? ', …' : ''})`);
    });
}
