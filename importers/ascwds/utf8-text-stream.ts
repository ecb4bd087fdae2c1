import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

const REPLACEMENT = '\uFFFD';
const ENCODED_REPLACEMENT = Buffer.from(REPLACEMENT, 'utf8');

/**
 * Bytes in, text out: hashes and counts every byte, drops a UTF-8 byte-order mark, and notes the line of the first
 * byte that is not UTF-8 and of the first NUL (both go on as U+FFFD so the rest of the file is still checked).
 */
export class Utf8TextStream extends Transform {
  private readonly hash = createHash('sha256');
  private readonly decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  private newlines = 0;
  bytes = 0;
  /** Line (1-based, physical) of the first invalid byte, or null. */
  invalidAtLine: number | null = null;
  /** Line (1-based, physical) of the first NUL character, or null: text files have none, PostgreSQL stores none. */
  nulAtLine: number | null = null;
  /** Whether anything other than white space was read. */
  sawContent = false;

  constructor() {
    super({ readableObjectMode: false, decodeStrings: true, encoding: 'utf8' });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.emit_(this.decoder.decode(chunk, { stream: true }), chunk);
    done();
  }

  override _flush(done: TransformCallback): void {
    this.emit_(this.decoder.decode(), null);
    done();
  }

  /** Hex SHA-256 of all bytes; call after the stream ended. */
  sha256(): string {
    return this.hash.digest('hex');
  }

  private emit_(text: string, raw: Buffer | null): void {
    if (text === '') return;
    if (this.invalidAtLine === null) {
      const bad = text.indexOf(REPLACEMENT);
      // a real U+FFFD in the file is valid UTF-8; only a replacement made by the decoder means a bad byte
      if (bad >= 0 && !(raw !== null && raw.includes(ENCODED_REPLACEMENT))) this.invalidAtLine = this.newlines + countNewlines(text, bad) + 1;
    }
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      if (this.nulAtLine === null) this.nulAtLine = this.newlines + countNewlines(text, nul) + 1;
      text = text.replace(/\u0000/g, REPLACEMENT);
    }
    if (!this.sawContent && text.trim() !== '') this.sawContent = true;
    this.newlines += countNewlines(text, text.length);
    this.push(text);
  }
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
