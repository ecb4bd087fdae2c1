/**
 * Quality-risk indicators and score, as data. Each indicator is a ratio num ÷ den per workplace (null when it cannot be
 * computed), compared with the pooled ratio of the other workplaces in its comparison group (same local authority and
 * ASC-WDS benchmark service group). SQL expressions run over the per-workplace row `i` (quality-risk.query.ts).
 */
export interface RiskIndicatorRule {
  indicator: string;
  /** the definition, as shown in the docs and exports */
  definition: string;
  num: string;
  den: string;
  /** relative: points when worse than the comparison by more than margin; flag: points whenever the value is 1 */
  kind: 'relative' | 'flag';
  worseWhen: 'higher' | 'lower';
  margin: number;
  points: number;
}

export const RISK_INDICATORS: readonly RiskIndicatorRule[] = [
  {
    indicator: 'turnoverRate', definition: 'leavers ÷ directly employed staff records; only when the leavers answer is known and staff records equal declared total staff',
    num: 'case when i.leavers_known and i.staff_count_matches and i.directly_employed > 0 then i.leavers end',
    den: 'case when i.leavers_known and i.staff_count_matches and i.directly_employed > 0 then i.directly_employed end',
    kind: 'relative', worseWhen: 'higher', margin: 0.10, points: 1,
  },
  {
    indicator: 'vacancyRate', definition: 'vacancies ÷ (directly employed + vacancies); only when the vacancies answer is known and staff records equal declared total staff',
    num: 'case when i.vacancies_known and i.staff_count_matches and i.directly_employed + i.vacancies > 0 then i.vacancies end',
    den: 'case when i.vacancies_known and i.staff_count_matches and i.directly_employed + i.vacancies > 0 then i.directly_employed + i.vacancies end',
    kind: 'relative', worseWhen: 'higher', margin: 0.05, points: 1,
  },
  {
    indicator: 'agencyShare', definition: 'agency staff records ÷ all staff records',
    num: 'case when i.counted_staff > 0 then i.agency end', den: 'nullif(i.counted_staff, 0)',
    kind: 'relative', worseWhen: 'higher', margin: 0.10, points: 1,
  },
  {
    indicator: 'careCertificateCompletion', definition: 'direct-care staff with the Care Certificate completed ÷ direct-care staff who answered',
    num: 'case when i.cc_answered > 0 then i.cc_completed end', den: 'nullif(i.cc_answered, 0)',
    kind: 'relative', worseWhen: 'lower', margin: 0.10, points: 1,
  },
  {
    indicator: 'trainingExpiredShare', definition: 'staff records with a training category whose every record expired before the snapshot date ÷ all staff records',
    num: 'case when i.counted_staff > 0 then i.training_expired end', den: 'nullif(i.counted_staff, 0)',
    kind: 'relative', worseWhen: 'higher', margin: 0.10, points: 1,
  },
  {
    indicator: 'registeredManagerVacancy', definition: 'CQC-regulated workplace with no registered-manager staff record, or a registered-manager vacancy declared (1 = yes, 0 = no)',
    num: 'case when i.cqc_regulated then case when i.registered_managers = 0 or i.registered_manager_vacancies > 0 then 1 else 0 end end',
    den: 'case when i.cqc_regulated then 1 end',
    kind: 'flag', worseWhen: 'higher', margin: 0, points: 2,
  },
];

/** Points an indicator earns: relative ones only against a published comparison. */
export function indicatorPoints(rule: RiskIndicatorRule, value: number | null, comparison: number | null): number {
  if (value === null) return 0;
  if (rule.kind === 'flag') return value >= 1 ? rule.points : 0;
  if (comparison === null) return 0;
  const worseBy = rule.worseWhen === 'higher' ? value - comparison : comparison - value;
  return worseBy > rule.margin + 1e-12 ? rule.points : 0;
}

export enum QualityRiskFlag {
  /** overall Good with exactly one key question Requires improvement (none Inadequate), or overall Requires improvement with exactly two (none Inadequate) */
  BORDERLINE_GOOD_REQUIRES_IMPROVEMENT = 'BORDERLINE_GOOD_REQUIRES_IMPROVEMENT',
  /** overall Requires improvement with exactly one key question Inadequate, or overall Inadequate with exactly two */
  BORDERLINE_REQUIRES_IMPROVEMENT_INADEQUATE = 'BORDERLINE_REQUIRES_IMPROVEMENT_INADEQUATE',
  /** a CQC location with no published rating, or whose overall rating was published more than N months before the as-of date */
  NOT_INSPECTED_RECENTLY = 'NOT_INSPECTED_RECENTLY',
}

export interface RatingFacts {
  locationId: string | null;
  overall: string | null;
  monthsSince: number | null;
  /** key questions other than Overall rated Requires improvement / Inadequate */
  requiresImprovement: number;
  inadequate: number;
}

/** The flags a workplace's published rating earns (thresholds from the arguments, rules from QualityRiskFlag). */
export function ratingFlags(r: RatingFacts, notInspectedMonths: number): QualityRiskFlag[] {
  const flags: QualityRiskFlag[] = [];
  const { overall, requiresImprovement: ri, inadequate: inad } = r;
  if ((overall === 'GOOD' && ri === 1 && inad === 0) || (overall === 'REQUIRES_IMPROVEMENT' && ri === 2 && inad === 0)) flags.push(QualityRiskFlag.BORDERLINE_GOOD_REQUIRES_IMPROVEMENT);
  if ((overall === 'REQUIRES_IMPROVEMENT' && inad === 1) || (overall === 'INADEQUATE' && inad === 2)) flags.push(QualityRiskFlag.BORDERLINE_REQUIRES_IMPROVEMENT_INADEQUATE);
  if (r.locationId && (overall === null || r.monthsSince === null || r.monthsSince > notInspectedMonths)) flags.push(QualityRiskFlag.NOT_INSPECTED_RECENTLY);
  return flags;
}
