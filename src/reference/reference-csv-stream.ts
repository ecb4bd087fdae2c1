import type { Readable } from 'node:stream';
import Papa from 'papaparse';

/** A header cell as the importers compare it: lower case, runs of anything but letters and digits as one `_` ("Location ID" → location_id). */
export const headerKey = (cell: string): string =>
  cell.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

export interface LineProblem {
  line: number;
  message: string;
}

/** Problems gathered over a whole file: all counted, the first `max` kept for the report. */
export class ProblemList {
  readonly listed: LineProblem[] = [];
  count = 0;
  constructor(private readonly max = 50) {}
  note(line: number, message: string): void {
    this.count++;
    if (this.listed.length < this.max) this.listed.push({ line, message });
  }
}

/**
 * Stream a CSV: `onHeader` sees the first row (return false to stop), `onBatch` each batch of later rows with their
 * line numbers; the input is paused while a batch is handled (backpressure for COPY).
 */
export function streamCsv(
  input: Readable,
  onHeader: (header: string[]) => boolean,
  onBatch: (rows: { line: number; cells: string[] }[]) => Promise<void>,
): Promise<number> {
  let line = 0;
  let header = false;
  let pending: Promise<void> = Promise.resolve();
  return new Promise<number>((resolve, reject) => {
    Papa.parse<string[]>(input as unknown as File, {
      skipEmptyLines: 'greedy',
      chunk: (results, parser) => {
        input.pause();
        const batch: { line: number; cells: string[] }[] = [];
        for (const cells of results.data) {
          line++;
          if (!header) {
            header = true;
            if (!onHeader(cells)) {
              parser.abort();
              return;
            }
            continue;
          }
          batch.push({ line, cells });
        }
        pending = pending.then(() => onBatch(batch));
        pending.then(() => input.resume(), (e) => { parser.abort(); reject(e); });
      },
      // the last batch may still be in hand when parsing completes
      complete: () => { pending.then(() => resolve(line), reject); },
      error: (err: Error) => reject(err),
    });
  });
}
