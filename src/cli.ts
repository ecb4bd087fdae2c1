#!/usr/bin/env node
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { printSchema } from 'graphql';
import { registerTokenCommands } from './auth/token.cli';
import { loadConfig } from './config';
import { openDatabase } from './db/database';
import { BadInput, HubError } from './errors';
import { buildHubSchema } from './graphql/schema';
import { importPostcodes } from './reference/postcode-import';
import { registerCommissioningReferenceImports } from './reference/reference-import.cli';
import { registerPlanningReferenceImports } from './planning/planning.cli';
import { registerImportCommand } from './returns/import.cli';
import { startHub } from './server';

const log = (m: string) => process.stderr.write(`${m}\n`);

/** Exit codes: 0 done, 1 failed or rejected, 2 usage error. */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;

function fileMustExist(file: string): string {
  if (!existsSync(file)) throw new CommanderError(EXIT.USAGE, 'wfhub.fileNotFound', `error: file not found: ${file}`);
  return file;
}

export function buildCli(): Command {
  const program = new Command('wfhub')
    .description('Workforce Hub: ASC-WDS workforce returns in, trusted workforce figures out (GraphQL).')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('serve')
    .description('Start the hub: migrations, then GraphQL on PORT (embedded PostgreSQL when DATABASE_URL is unset)')
    .addOption(new Option('-p, --port <port>', 'port to listen on (overrides PORT)').argParser((v) => String(Number(v))))
    .action(async (opts: { port?: string }) => {
      const config = loadConfig(opts.port ? { ...process.env, PORT: opts.port } : process.env);
      const hub = await startHub(config, log);
      log(`Workforce Hub ready: http://localhost:${hub.port}/graphql (${hub.db.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'})`);
      const shutdown = (signal: string) => {
        log(`${signal}: shutting down`);
        hub.stop().then(() => process.exit(EXIT.OK), () => process.exit(EXIT.FAILED));
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
    });

  program
    .command('migrate')
    .description('Apply pending database migrations and reload the reference code lists')
    .action(async () => {
      const db = await openDatabase(loadConfig(), log, { migrate: true });
      await db.close();
    });

  program
    .command('schema')
    .description('Print the GraphQL schema (SDL)')
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .action(async (opts: { out?: string }) => {
      const sdl = printSchema(await buildHubSchema()) + '\n';
      if (opts.out) writeFileSync(opts.out, sdl);
      else process.stdout.write(sdl);
    });

  registerImportCommand(program, log);
  registerTokenCommands(program, log);
  registerCommissioningReferenceImports(program, log);
  registerPlanningReferenceImports(program, log);

  const postcodes = program.command('postcodes').description('Postcode → local authority lookup');
  postcodes
    .command('import <file>')
    .description('Load a CSV with header postcode,cssr_code (one transaction; any bad line rejects the file)')
    .action(async (file: string) => {
      fileMustExist(file);
      const db = await openDatabase(loadConfig(), log, { migrate: true });
      try {
        const r = await importPostcodes(db, createReadStream(file), file);
        log(`${file}: ${r.rows} rows, ${r.inserted} new postcodes, ${r.updated} updated`);
      } finally {
        await db.close();
      }
    });

  return program;
}

function report(e: unknown): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
  if (e instanceof BadInput) {
    log(`error: ${e.message}`);
    return EXIT.USAGE;
  }
  if (e instanceof HubError) {
    log(`error [${e.code}]: ${e.message}`);
    const problems = (e.details as { problems?: { line: number; message: string }[] }).problems;
    for (const p of problems ?? []) log(`  line ${p.line}: ${p.message}`);
    return EXIT.FAILED;
  }
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'EADDRINUSE') {
    log(`error: the port is already in use (${err.message}); set PORT to another port`);
    return EXIT.FAILED;
  }
  log(`error: ${err?.stack ?? String(e)}`);
  return EXIT.FAILED;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildCli().parseAsync(argv);
    return EXIT.OK;
  } catch (e) {
    return report(e);
  }
}

/** Run the CLI on this process's arguments; `serve` keeps the process alive, other commands set the exit code. */
export function run(): void {
  main(process.argv).then((code) => {
    // a command may already have set a non-zero code (e.g. import: rejected)
    if (code !== EXIT.OK || process.exitCode === undefined) process.exitCode = code;
  });
}

if (require.main === module) run();
