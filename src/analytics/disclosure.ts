import { registerEnumType } from 'type-graphql';

export enum SuppressionReason {
  FEW_STAFF_RECORDS = 'FEW_STAFF_RECORDS',
  FEW_WORKPLACES = 'FEW_WORKPLACES',
  SECONDARY = 'SECONDARY',
}
registerEnumType(SuppressionReason, {
  name: 'SuppressionReason',
  description: 'Why a cell is withheld: too few staff records, too few workplaces, or (SECONDARY) to stop a withheld cell being worked out from its siblings and a total.',
});

export interface DisclosureThresholds {
  minStaffRecords: number;
  minWorkplaces: number;
}

/** One cell of a response: its position along each dimension, and what it is based on. */
export interface DisclosureCell {
  key: string[];
  staffRecords: number;
  workplaces: number;
  suppressed?: boolean;
  suppressionReason?: SuppressionReason | null;
}

/** Primary rule: a cell based on fewer than minStaffRecords staff records or minWorkplaces workplaces is withheld. */
export function primaryReason(cell: Pick<DisclosureCell, 'staffRecords' | 'workplaces'>, t: DisclosureThresholds): SuppressionReason | null {
  if (cell.staffRecords < t.minStaffRecords) return SuppressionReason.FEW_STAFF_RECORDS;
  if (cell.workplaces < t.minWorkplaces) return SuppressionReason.FEW_WORKPLACES;
  return null;
}

/**
 * Marks cells to withhold, in place. Primary suppression first; then, along every dimension, any set of sibling cells
 * (equal on all other dimensions) holding exactly one withheld cell also withholds its smallest other member, so the
 * withheld value cannot be recovered as total − siblings (a total from this response, or from another request).
 * Repeats until no sibling set has a lone withheld cell.
 */
export function applyDisclosure<T extends DisclosureCell>(cells: T[], t: DisclosureThresholds, primary: (cell: T) => SuppressionReason | null = (c) => primaryReason(c, t)): T[] {
  for (const c of cells) {
    const reason = primary(c);
    c.suppressed = reason !== null;
    c.suppressionReason = reason;
  }
  const width = cells[0]?.key.length ?? 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (let d = 0; d < width; d++) {
      const siblings = new Map<string, T[]>();
      for (const c of cells) {
        const rest = JSON.stringify(c.key.filter((_, i) => i !== d));
        siblings.set(rest, [...(siblings.get(rest) ?? []), c]);
      }
      for (const set of siblings.values()) {
        if (set.length < 2 || set.filter((c) => c.suppressed).length !== 1) continue;
        const next = set.filter((c) => !c.suppressed).sort((a, b) => a.staffRecords - b.staffRecords)[0];
        next.suppressed = true;
        next.suppressionReason = SuppressionReason.SECONDARY;
        changed = true;
      }
    }
  }
  return cells;
}
