import { createReadStream, existsSync } from 'node:fs';
import { type Command, CommanderError } from 'commander';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { importCqcRatings } from './cqc-ratings-import';
import { csvHeaderOf, importPopulationProjection, isPopulationProjectionHeader } from '../planning/population-projection-import';
import { importPopulation } from './population-import';

/** `wfhub reference import`, shared with other reference loaders: found if another module registered it first, else created. */
export function referenceImportCommand(program: Command): Command {
  const reference = program.commands.find((c) => c.name() === 'reference')
    ?? program.command('reference').description('Reference data the hub joins to returns (population, CQC)');
  return reference.commands.find((c) => c.name() === 'import')
    ?? reference.command('import').description('Load a reference file (one transaction; any bad line rejects the file)');
}

function fileMustExist(file: string): string {
  if (!existsSync(file)) throw new CommanderError(2, 'wfhub.fileNotFound', `error: file not found: ${file}`);
  return file;
}

/** `wfhub reference import population <file>` and `wfhub reference import cqc-ratings <file>` (issue 8). */
export function registerCommissioningReferenceImports(program: Command, log: (m: string) => void): void {
  const imports = referenceImportCommand(program);
  imports
    .command('population <file>')
    .description('Local population by characteristic: CSV area_code,characteristic,category,count,source (docs/commissioning.md); a projection file (area_code,year,age_band,count,source) is routed by its header to the population-projection import')
    .action(async (file: string) => {
      fileMustExist(file);
      const projection = isPopulationProjectionHeader(await csvHeaderOf(file));
      const db = await openDatabase(loadConfig(), log, { migrate: true });
      try {
        if (projection) {
          const p = await importPopulationProjection(db, createReadStream(file), file);
          log(`${file}: a population projection file (as "reference import population-projection"): ${p.rows} rows, ${p.series.length} area × age band series replaced`);
          return;
        }
        const r = await importPopulation(db, createReadStream(file), file);
        log(`${file}: ${r.rows} rows; replaced ${r.replaced.map((x) => `${x.areaCode} ${x.characteristic} (${x.categories})`).join(', ')}`);
      } finally {
        await db.close();
      }
    });
  imports
    .command('cqc-ratings <file>')
    .description('CQC ratings by location and key question, long (location_id,domain,rating,publication_date) or wide (location_id,overall,safe,…) layout')
    .action(async (file: string) => {
      fileMustExist(file);
      const db = await openDatabase(loadConfig(), log, { migrate: true });
      try {
        const r = await importCqcRatings(db, createReadStream(file), file);
        log(`${file}: ${r.layout} layout, ${r.rows} rows; ${r.ratings} ratings for ${r.locations} locations written, ${r.older} older than those held`);
      } finally {
        await db.close();
      }
    });
}
