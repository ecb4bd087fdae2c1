import {
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLNamedType, type GraphQLSchema,
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
} from 'graphql';

/** Field names that only person-level types carry: a type with any of them is person-level, whatever it is called. */
export const PERSON_FIELDS = ['dateOfBirth', 'niKey', 'annualPay', 'hourlyPay', 'uniqueWorkerRef', 'workerRef', 'nationality', 'ethnicity'];
export const PERSON_TYPES = ['Worker', 'TrainingRecord', 'QualificationAchieved'];

export function isPersonLevel(type: GraphQLNamedType): boolean {
  return isObjectType(type) && (PERSON_TYPES.includes(type.name) || Object.keys(type.getFields()).some((f) => PERSON_FIELDS.includes(f)));
}

/** A literal for a required argument: periods get a financial year, codes a local authority, enums their first value. */
function literal(name: string, type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(name, type.ofType);
  if (isListType(type)) return `[${literal(name, type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${required.map((f) => `${f.name}: ${literal(f.name, f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type) && (type.name === 'Int' || type.name === 'Float')) return '101';
  if (isScalarType(type) && type.name === 'Boolean') return 'false';
  return /period/i.test(name) ? '"2024-25"' : '"101"';
}

const args = (field: GraphQLField<unknown, unknown>) => {
  const required = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined);
  const first = field.args.some((a) => a.name === 'first') ? ['first: 5'] : [];
  const list = [...required.map((a) => `${a.name}: ${literal(a.name, a.type)}`), ...first];
  return list.length ? `(${list.join(', ')})` : '';
};

const scalarFields = (type: GraphQLNamedType) =>
  isObjectType(type) ? Object.values(type.getFields()).filter((f) => !isObjectType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type))).map((f) => f.name) : [];

/**
 * Every path from the query root to a person-level type (types not repeated along a path, at most `maxDepth` fields),
 * each as a query selecting every scalar of the person-level type it reaches.
 */
export function pathsToPersonData(schema: GraphQLSchema, maxDepth = 8): { path: string; query: string }[] {
  const out: { path: string; query: string }[] = [];
  const walk = (type: GraphQLNamedType, trail: { field: GraphQLField<unknown, unknown> }[], seen: Set<string>) => {
    if (!isObjectType(type) || trail.length >= maxDepth) return;
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (!isObjectType(target) || seen.has(target.name)) continue;
      const next = [...trail, { field }];
      if (isPersonLevel(target)) {
        const inner = scalarFields(target).join(' ');
        const query = next.reduceRight((sel, { field: f }) => `${f.name}${args(f)} { ${sel} }`, inner);
        out.push({ path: next.map((s) => s.field.name).join('.'), query: `{ ${query} }` });
        continue;
      }
      walk(target, next, new Set([...seen, target.name]));
    }
  };
  walk(schema.getQueryType()!, [], new Set(['Query']));
  return out;
}

/** Values found under person-level field names anywhere in a response's data. */
export function personValues(data: unknown): unknown[] {
  const found: unknown[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (PERSON_FIELDS.includes(k) && x !== null && x !== undefined) found.push(x);
        visit(x);
      }
    }
  };
  visit(data);
  return found;
}
