import Papa from 'papaparse';
import type { Readable } from 'node:stream';

export interface CsvChunk {
  rows: string[][];
  /** Papaparse errors, with `row` relative to `rows`. */
  errors: Papa.ParseError[];
}

/**
 * Streams text through papaparse in chunk mode (arrays, no header objects). While `onChunk`'s promise runs, the
 * parser and the text stream are paused, so a slow consumer holds back the reader and memory stays bounded.
 */
export function parseCsvChunks(text: Readable, onChunk: (chunk: CsvChunk) => Promise<void> | void): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed = false;
    const fail = (e: unknown) => { if (!failed) { failed = true; reject(e); } };
    Papa.parse<string[]>(text as NodeJS.ReadableStream, {
      header: false,
      delimiter: ',',
      quoteChar: '"',
      skipEmptyLines: false,
      chunk: (results, parser) => {
        if (failed) return;
        let pending: Promise<void> | void;
        try {
          pending = onChunk({ rows: results.data, errors: results.errors });
        } catch (e) {
          fail(e);
          parser.abort();
          return;
        }
        if (pending) {
          parser.pause();
          text.pause();
          pending.then(() => { text.resume(); parser.resume(); }, (e) => { fail(e); text.resume(); parser.resume(); });
        }
      },
      complete: () => { if (!failed) resolve(); },
      error: (e: Error) => fail(e),
    });
  });
}
