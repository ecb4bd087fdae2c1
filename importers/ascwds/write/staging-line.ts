import type { FieldDescriptor, PgType } from '../field-descriptor';

/** Characters COPY's text format escapes with a backslash. */
const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const SPECIAL_ALL = /[\\\t\n\r]/g;

/** A value in COPY text format: only text that holds a backslash, tab or line break needs escaping. */
export function escapeText(s: string): string {
  return SPECIAL.test(s) ? s.replace(SPECIAL_ALL, (c) => ESCAPES[c]) : s;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The expression turning `v` (not null) into its COPY text, by staging column type. */
function cellExpression(pg: PgType): string {
  switch (pg) {
    case 'int':
    case 'numeric':
    case 'date': return 'v';
    case 'boolean': return "(v ? 't' : 'f')";
    case 'int[]': return "'{' + v.join(',') + '}'";
    case 'jsonb': return 'esc(JSON.stringify(v))';
    case 'text': return 'esc(v)';
  }
}

/**
 * A function writing one record as a line of COPY text format (tab-separated, \N for null), fields in descriptor order
 * and then `trailer`. Generated once per file kind from the field descriptors, so each row is a straight run of
 * property reads and concatenations: the staging COPY of a national file is millions of rows.
 */
export function compileStagingLine<R>(fields: readonly FieldDescriptor<R>[], trailer: string): (record: R) => string {
  const parts = fields.map((f) => {
    if (!IDENTIFIER.test(f.name)) throw new RangeError(`field name ${f.name} is not an identifier`);
    return `v = r.${f.name}; s += (v === null || v === undefined ? '\\\\N' : ${cellExpression(f.pg)}) + '\\t';`;
  });
  const body = `return function stagingLine(r) { let v; let s = ''; ${parts.join(' ')} return s + trailer + '\\n'; };`;
  // eslint-disable-next-line no-new-func
  return new Function('esc', 'trailer', body)(escapeText, escapeText(trailer)) as (record: R) => string;
}
