import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { BadInput } from '../errors';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for one node type (edges, pageInfo, totalCount). */
export function Connection<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor!: string;
    @Field(() => Node) node!: T;
  }
  @ObjectType(`${name}Connection`)
  class Conn {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return Conn;
}

export const encodeCursor = (id: number): string => Buffer.from(`id:${id}`).toString('base64url');

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^id:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new BadInput(`"${cursor}" is not a cursor this API issued`, { argument: 'after' });
  return Number(m[1]);
}

/** Validate `first` against the configured maximum page size. */
export function pageSize(first: number | null | undefined, max: number, fallback = 20): number {
  const n = first ?? Math.min(fallback, max);
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw new BadInput(`first must be between 0 and ${max}; got ${n}`, { argument: 'first', max });
  }
  return n;
}

/** Build a page from rows fetched with one extra row (limit + 1) to know whether more follow. */
export function toPage<T extends { id: number }>(rows: T[], limit: number, totalCount: number): Page<T> {
  const nodes = rows.slice(0, limit);
  return {
    edges: nodes.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: { hasNextPage: rows.length > limit, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].id) : null },
    totalCount,
  };
}
