import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths';
import type { TestDatabase } from './database';

const cli = join(projectRoot, 'dist', 'src', 'cli.js');

/** The built `wfhub` CLI against a test database, with a scratch folder for the files it reads and its data folder. */
export function cliAgainst(database: () => TestDatabase, folderPrefix: string): {
  dir: string;
  write(name: string, content: string): string;
  run(...args: string[]): SpawnSyncReturns<string>;
} {
  const dir = mkdtempSync(join(tmpdir(), folderPrefix));
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    run: (...args) => spawnSync(process.execPath, [cli, ...args], {
      env: { ...process.env, DATABASE_URL: database().config.databaseUrl!, WFHUB_PSEUDONYM_KEY: 'cli-test-key-0123456789', WFHUB_DATA_DIR: dir },
      encoding: 'utf8',
    }),
  };
}
