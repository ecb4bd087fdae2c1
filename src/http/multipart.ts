import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Request } from 'express';
import busboy from 'busboy';
import { BadInput, LimitExceeded } from '../errors';

/** Options for a multipart upload. */
export interface MultipartOptions {
  /** Largest upload, all files together (default: WFHUB_UPLOAD_LIMIT_MB, 200 MB). */
  maxBytes: number;
  /** Most files in one upload (default 3: workplace, staff, training). */
  maxFiles?: number;
}

export interface SavedFile {
  field: string;
  name: string;
  path: string;
  bytes: number;
}

export interface Multipart {
  fields: Record<string, string>;
  files: SavedFile[];
  /** Remove the temporary files. */
  cleanup(): Promise<void>;
}

const tooLarge = (max: number) => new LimitExceeded(`The upload is larger than the limit of ${Math.round(max / 1024 / 1024)} MB (WFHUB_UPLOAD_LIMIT_MB)`, { limitBytes: max });

/** Stream a multipart/form-data body to temporary files, refusing it as soon as it passes the size limit. */
export async function readMultipart(req: Request, { maxBytes, maxFiles = 3 }: MultipartOptions): Promise<Multipart> {
  if (!req.is('multipart/form-data')) throw new BadInput('Send the files as multipart/form-data', { contentType: req.headers['content-type'] ?? null });
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes + 64 * 1024) throw tooLarge(maxBytes);
  const dir = await mkdtemp(join(tmpdir(), 'wfhub-upload-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  const fields: Record<string, string> = {};
  const files: SavedFile[] = [];
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const bb = busboy({ headers: req.headers, limits: { files: maxFiles, fileSize: maxBytes, fields: 20, fieldSize: 10_000 } });
      const writes: Promise<void>[] = [];
      let failed = false;
      const fail = (e: Error) => {
        if (failed) return;
        failed = true;
        req.unpipe(bb);
        req.resume();
        reject(e);
      };
      bb.on('field', (name, value) => {
        fields[name] = value;
      });
      bb.on('file', (field, stream, info) => {
        const name = basename(info.filename || `${field}.csv`);
        const path = join(dir, `${files.length}-${name}`);
        const saved: SavedFile = { field, name, path, bytes: 0 };
        files.push(saved);
        const out = createWriteStream(path);
        stream.on('data', (chunk: Buffer) => {
          saved.bytes += chunk.length;
          total += chunk.length;
          if (total > maxBytes) {
            stream.destroy();
            fail(tooLarge(maxBytes));
          }
        });
        stream.on('limit', () => fail(tooLarge(maxBytes)));
        writes.push(new Promise((res, rej) => {
          out.on('finish', () => res());
          out.on('error', rej);
        }));
        stream.pipe(out);
      });
      bb.on('filesLimit', () => fail(new BadInput(`At most ${maxFiles} files: a workplace file, a staff file and an optional training file`)));
      bb.on('error', (e) => fail(new BadInput(`The upload could not be read: ${(e as Error).message}`)));
      bb.on('close', () => {
        if (!failed) Promise.all(writes).then(() => resolve(), reject);
      });
      req.pipe(bb);
    });
  } catch (e) {
    await cleanup();
    throw e;
  }
  return { fields, files, cleanup };
}
