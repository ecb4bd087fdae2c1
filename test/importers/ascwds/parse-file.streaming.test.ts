import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { currentHeader } from '../../../importers/ascwds/file-layout';
import { validateFile } from '../../../importers/ascwds/parse-file';
import { buildRow, testContext } from './support/row-builder';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const ROWS = 100_000;
const MB = 1024 * 1024;

/** A 100k-row staff file made on the fly (never held whole), with a warning on every tenth row. */
function* staffFile(): Generator<Buffer> {
  yield Buffer.from(`${currentHeader('worker').join(',')}\n`);
  const [valid, warned] = [buildRow('worker'), buildRow('worker', { DAYSSICK: '400' })].map((r) => r.split('S 1'));
  let chunk = '';
  for (let i = 0; i < ROWS; i++) {
    const [head, tail] = i % 10 === 0 ? warned : valid;
    chunk += `${head}S ${i}${tail}\n`;
    if (chunk.length > 64 * 1024) { yield Buffer.from(chunk); chunk = ''; }
  }
  yield Buffer.from(chunk);
}

test('validates a 100k-row staff file in bounded memory', async () => {
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = 0;
  let batches = 0;
  let records = 0;
  let warnings = 0;
  const started = process.hrtime.bigint();
  const result = await validateFile(Readable.from(staffFile()), 'staff.csv', testContext, async (b) => {
    batches++;
    records += b.records.length;
    warnings += b.problems.length;
    if (batches % 4 === 0) {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    }
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`${ROWS} staff rows in ${seconds.toFixed(2)} s: ${Math.round(ROWS / seconds)} rows/s, retained heap peak ${(peak / MB).toFixed(1)} MB`);
  expect(result).toMatchObject({ kind: 'worker', records: ROWS, errors: 0, warnings: ROWS / 10 });
  expect([records, warnings]).toEqual([ROWS, ROWS / 10]);
  expect(batches).toBeGreaterThanOrEqual(ROWS / 5000);
  // holding every record takes about 110 MB (measured); streaming keeps only a batch or two
  expect(peak).toBeLessThan(100 * MB);
  expect(peak).toBeLessThan(40 * MB);
});
