/** How a record field is stored in the staging table, for a generic COPY. */
export type PgType = 'int' | 'numeric' | 'text' | 'date' | 'boolean' | 'int[]' | 'jsonb';

export interface FieldDescriptor<R> {
  readonly name: Extract<keyof R, string>;
  readonly pg: PgType;
}

/** Builds a descriptor list from a `{ field: pgType }` literal, keeping its order. */
export function describe<R>(fields: { readonly [K in Extract<keyof R, string>]?: PgType }): readonly FieldDescriptor<R>[] {
  return Object.freeze(Object.entries(fields).map(([name, pg]) => Object.freeze({ name: name as Extract<keyof R, string>, pg: pg as PgType })));
}
