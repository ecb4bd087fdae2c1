import {
  BASE_QUALIFICATION_PAIRS, FILE_KINDS, MAX_QUALIFICATION_PAIRS, OPTIONAL_WORKER_COLUMNS, currentHeader, headerHistory,
  legacyColumnPolicy, qualificationColumn,
} from './file-layout';
import type { FileKind } from './message-catalogue';

function label(kind: FileKind): string {
  return kind === 'worker' ? 'staff' : kind;
}

/** The kind whose current header shares most names with this one (at least two), or null. */
function closestKind(names: readonly string[]): FileKind | null {
  let best: FileKind | null = null;
  let bestScore = 1;
  for (const kind of FILE_KINDS) {
    const expected = new Set(currentHeader(kind));
    const score = names.filter((n) => expected.has(n.toUpperCase())).length / expected.size;
    if (score * expected.size >= 2 && (best === null || score > bestScore)) {
      best = kind;
      bestScore = score;
    }
  }
  return best;
}

function list(names: readonly string[]): string {
  return names.length <= 8 ? names.join(', ') : `${names.slice(0, 8).join(', ')} and ${names.length - 8} more`;
}

/** Says, in one sentence or two, why a header was not recognised and what was expected. */
export function diagnoseHeader(names: readonly string[]): { kind: FileKind | null; details: string } {
  if (names.length === 0) {
    return { kind: null, details: 'the first line is empty; it must be the header row, starting LOCALESTID' };
  }
  // bytes read as U+FFFD or control characters: a workbook, a UTF-16 file or some other binary file
  if (names.some((n) => /[\uFFFD\u0000-\u0008\u000E-\u001F]/.test(n))) {
    return { kind: null, details: 'the first line is not text: the file looks like a spreadsheet workbook or another binary file, not a CSV file' };
  }
  const kind = closestKind(names);
  if (kind === null) {
    return {
      kind: null,
      details: `the first line (${list(names)}) does not look like the header of a workplace, staff or training file; `
        + 'it must be the header row of the ASC-WDS bulk upload template, starting LOCALESTID',
    };
  }
  const expected = currentHeader(kind);
  const known = new Set([...expected, ...legacyColumnPolicy(kind).keys(), ...headerHistory().filter((h) => h.kind === kind).flatMap((h) => h.columns)]);
  if (kind === 'worker') {
    OPTIONAL_WORKER_COLUMNS.forEach((c) => known.add(c));
    // further QUALACHnn pairs are known only while they are numbered without gaps
    for (let n = BASE_QUALIFICATION_PAIRS + 1; n <= MAX_QUALIFICATION_PAIRS && names.includes(qualificationColumn(n)); n++) {
      known.add(qualificationColumn(n));
      known.add(`${qualificationColumn(n)}NOTES`);
    }
  }
  const present = new Set(names.map((n) => n.toUpperCase()));
  const missing = expected.filter((c) => !present.has(c));
  const upper = names.filter((c) => c !== c.toUpperCase() && known.has(c.toUpperCase()));
  const unexpected = names.filter((c) => !known.has(c) && !upper.includes(c));
  const duplicates = names.filter((c, i) => names.indexOf(c) !== i);
  const parts: string[] = [];
  if (missing.length) parts.push(`missing column${missing.length > 1 ? 's' : ''} ${list(missing)}`);
  if (unexpected.length) parts.push(`unexpected column${unexpected.length > 1 ? 's' : ''} ${list(unexpected)}`);
  if (upper.length) parts.push(`column names must be in capitals (${list(upper)})`);
  if (duplicates.length) parts.push(`repeated column${duplicates.length > 1 ? 's' : ''} ${list([...new Set(duplicates)])}`);
  if (parts.length === 0) parts.push('the columns are not in the expected order, or optional columns are misplaced');
  const optional = kind === 'worker'
    ? ' (optionally with CHGUNIQUEWRKID and/or TRANSFERSTAFFRECORD after UNIQUEWORKERID, and QUALACH04,QUALACH04NOTES,… pairs at the end)'
    : '';
  return {
    kind,
    details: `it looks like a ${label(kind)} file, but: ${parts.join('; ')}. Expected the ${expected.length} columns `
      + `${expected.join(',')}${optional}, or an older ASC-WDS ${label(kind)} format`,
  };
}
