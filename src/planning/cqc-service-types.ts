import { join } from 'node:path';
import { projectRoot } from '../paths';
import { readCsv } from '../reference/read-csv';

/** A CQC directory service type the hub keeps as adult social care, with the ASC-WDS main service it counts under. */
export interface KeptServiceType {
  serviceType: string;
  mainService: number;
  /** a location with several kept types counts under the one with the lowest priority number (care homes first) */
  priority: number;
}

/** Why a directory row is left out of the register. */
export type LeftOutReason = 'NOT_ADULT_SOCIAL_CARE' | 'CHILDREN_ONLY' | 'NO_LOCATION_ID' | 'DUPLICATE_LOCATION';

export const LEFT_OUT_REASONS: Record<LeftOutReason, string> = {
  NOT_ADULT_SOCIAL_CARE: 'none of its service types is adult social care (e.g. Dentist, Doctors/GPs, Hospital)',
  CHILDREN_ONLY: 'its specialisms name children and no adult group',
  NO_LOCATION_ID: 'it has no CQC location ID',
  DUPLICATE_LOCATION: 'its CQC location ID appears on an earlier row (the first row is kept)',
};

let cached: Map<string, KeptServiceType> | null = null;

/** The kept service types, from src/planning/data/cqc_service_types.csv (rules as data; docs/planning.md lists them). */
export function keptServiceTypes(): Map<string, KeptServiceType> {
  cached ??= new Map(readCsv(join(projectRoot, 'src', 'planning', 'data', 'cqc_service_types.csv')).map((r) => [
    r.service_type.trim().toLowerCase(),
    { serviceType: r.service_type.trim(), mainService: Number(r.main_service), priority: Number(r.priority) },
  ]));
  return cached;
}

export const splitList = (cell: string | undefined): string[] => (cell ?? '').split('|').map((s) => s.trim()).filter(Boolean);

/**
 * Adult social care or not: kept when any service type is in the kept list and the specialisms do not say the service
 * is for children only (children named, no "adults" group named); the main service is that of the highest-priority kept type.
 */
export function classifyLocation(serviceTypes: string[], specialisms: string[]): { mainService: number } | { leftOut: LeftOutReason } {
  const kept = keptServiceTypes();
  const matches = serviceTypes.map((t) => kept.get(t.toLowerCase())).filter((k): k is KeptServiceType => k !== undefined);
  if (matches.length === 0) return { leftOut: 'NOT_ADULT_SOCIAL_CARE' };
  const children = specialisms.some((s) => /child/i.test(s));
  const adults = specialisms.some((s) => /adult/i.test(s));
  if (children && !adults) return { leftOut: 'CHILDREN_ONLY' };
  return { mainService: matches.sort((a, b) => a.priority - b.priority)[0].mainService };
}
