import type { QueryTiming } from './query-bench';

export interface PeerTiming {
  name: string;
  p50: number | null;
  p95: number | null;
  note: string;
}

export interface PeerResult {
  ran: boolean;
  note: string;
  timings: PeerTiming[];
}

/** The peer: the same aggregates through PostGraphile with @graphile/pg-aggregates on the same database. */
export async function peerQueries(_databaseUrl: string, _period: string, _runs: number, _hub: QueryTiming[], log: (m: string) => void): Promise<PeerResult> {
  log('peer: PostGraphile not wired yet');
  return { ran: false, note: 'PostGraphile peer not run', timings: [] };
}
