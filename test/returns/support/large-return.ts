import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { buildFile, buildRow } from '../../importers/ascwds/support/row-builder';
import { plainWorkplace } from './return-files';

export interface LargeReturn {
  workplaceFile: string;
  staffFile: string;
  workplaces: number;
  staffRows: number;
}

export interface LargeReturnOptions {
  workplaces: number;
  /** At most 999 (the TOTALPERMTEMP limit), so every workplace's staff count matches its declared total. */
  staffPerWorkplace: number;
  /** Contracted hours of every worker: a different value gives a different (not "already received") return. */
  hours?: string;
  /** File name prefix, so several returns can sit in one directory. */
  prefix?: string;
}

const ref = (w: number) => `HOME ${w}`;

/** Writes a clean, current-format return of workplaces × staff rows to disk, streamed so it is never held whole. */
export async function writeLargeReturn(dir: string, opts: LargeReturnOptions): Promise<LargeReturn> {
  const prefix = opts.prefix ?? 'large';
  const workplaceFile = join(dir, `${prefix}-workplace.csv`);
  const staffFile = join(dir, `${prefix}-staff.csv`);
  const rows = Array.from({ length: opts.workplaces }, (_, w) => plainWorkplace(ref(w), opts.staffPerWorkplace));
  const wp = createWriteStream(workplaceFile);
  wp.end(buildFile('workplace', rows));
  await once(wp, 'finish');

  // one template row, split where the per-row values go
  const template = buildRow('worker', {
    LOCALESTID: '\u0001', UNIQUEWORKERID: '\u0002', DISPLAYID: '\u0002', NINUMBER: '\u0003', CONTHOURS: opts.hours ?? '37.5', DHA: '',
  });
  const [a, rest1] = template.split('\u0001');
  const [b, c, rest2] = rest1.split('\u0002');
  const [d, e] = rest2.split('\u0003');
  const out = createWriteStream(staffFile);
  let chunk = buildFile('worker', []);
  let n = 0;
  for (let w = 0; w < opts.workplaces; w++) {
    for (let s = 0; s < opts.staffPerWorkplace; s++) {
      const worker = `S${s}`;
      chunk += `${a}${ref(w)}${b}${worker}${c}${worker}${d}AB${String(n++).padStart(6, '0')}C${e}\n`;
      if (chunk.length > 256 * 1024) {
        if (!out.write(chunk)) await once(out, 'drain');
        chunk = '';
      }
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return { workplaceFile, staffFile, workplaces: opts.workplaces, staffRows: n };
}
