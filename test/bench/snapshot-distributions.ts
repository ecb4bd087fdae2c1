import { Weighted } from './seeded-random';

/**
 * Shapes of the synthetic national snapshot, roughly as Skills for Care publishes them for the independent and
 * local-authority sectors (workforce size, role mix, contracts, ages, ethnicity, nationality, pay, turnover).
 * Codes are ASC-WDS bulk-upload codes; every code used here is checked against the code lists by the generator test.
 */

/** National totals at scale 1. */
export const NATIONAL = { providers: 20_000, workplaces: 35_000, staffRecords: 850_000, trainingRecords: 1_700_000 } as const;

/** Main service → share of workplaces and mean staff records per workplace (before calibration to the national total). */
export const MAIN_SERVICES: readonly { code: number; share: number; meanStaff: number }[] = [
  { code: 2, share: 22, meanStaff: 28 }, // care home without nursing
  { code: 1, share: 11, meanStaff: 55 }, // care home with nursing
  { code: 8, share: 33, meanStaff: 27 }, // domiciliary care
  { code: 55, share: 9, meanStaff: 22 }, // supported living
  { code: 6, share: 3, meanStaff: 12 }, // day care
  { code: 15, share: 5, meanStaff: 12 }, // community support and outreach
  { code: 54, share: 2, meanStaff: 20 }, // extra care housing
  { code: 17, share: 1, meanStaff: 8 }, // shared lives
  { code: 72, share: 2, meanStaff: 10 }, // head office
  { code: 61, share: 3, meanStaff: 15 }, // community services, learning disability
  { code: 20, share: 2, meanStaff: 6 }, // information and advice
  { code: 52, share: 3, meanStaff: 8 }, // other (not healthcare)
  { code: 10, share: 2, meanStaff: 8 }, // domestic services and home help
  { code: 16, share: 2, meanStaff: 40 }, // social work and care management
];

/** Other services a workplace may also offer (no capacity questions, so CAPACITY stays aligned to the main service). */
export const EXTRA_SERVICES = [8, 13, 15, 20] as const;

/** Employer type (ESTTYPE) per provider. */
export const EMPLOYER_TYPES = new Weighted<number>([[6, 78], [7, 14], [1, 5], [3, 2], [8, 1]]);

/** Main job roles by kind of service; a CQC-regulated workplace also gets one registered manager (4). */
const roles = (entries: [number, number][]) => new Weighted<number>(entries);
export const ROLE_MIX: Record<'residential' | 'nursing' | 'home' | 'community' | 'office' | 'social_work', Weighted<number>> = {
  residential: roles([[8, 50], [7, 12], [26, 15], [45, 4], [43, 2], [25, 3], [5, 3], [52, 4], [23, 1], [3, 1], [44, 1], [40, 1]]),
  nursing: roles([[8, 42], [7, 10], [16, 12], [37, 2], [38, 3], [26, 16], [45, 3], [43, 2], [25, 3], [5, 3], [17, 1], [36, 1], [23, 1], [44, 1]]),
  home: roles([[8, 68], [7, 8], [52, 6], [40, 4], [5, 4], [25, 4], [45, 3], [3, 1], [43, 1], [44, 1]]),
  community: roles([[52, 45], [9, 20], [8, 12], [7, 5], [45, 5], [5, 4], [25, 4], [3, 2], [10, 2], [27, 1]]),
  office: roles([[25, 40], [1, 10], [2, 15], [3, 5], [44, 10], [27, 5], [39, 5], [35, 5], [26, 5]]),
  social_work: roles([[6, 45], [39, 15], [15, 8], [36, 6], [35, 6], [2, 6], [3, 5], [25, 9]]),
};

export function roleMixOf(mainService: number): Weighted<number> {
  if (mainService === 1) return ROLE_MIX.nursing;
  if (mainService === 2 || mainService === 54) return ROLE_MIX.residential;
  if (mainService === 8 || mainService === 10) return ROLE_MIX.home;
  if (mainService === 72) return ROLE_MIX.office;
  if (mainService === 16) return ROLE_MIX.social_work;
  return ROLE_MIX.community;
}

/** Roles paid a salary rather than by the hour (mean annual pay). */
export const SALARIED: ReadonlyMap<number, number> = new Map([
  [1, 68_000], [2, 45_000], [3, 36_000], [4, 42_000], [43, 34_000], [6, 41_000], [15, 38_000], [16, 39_000], [17, 37_000],
  [39, 33_000], [35, 36_000], [44, 31_000], [36, 26_000],
]);
/** Mean hourly pay of hourly-paid roles (2024-25 levels, National Living Wage £11.44). */
export const HOURLY: ReadonlyMap<number, number> = new Map([[8, 12.1], [52, 12.2], [9, 12.3], [7, 13.2], [5, 13.8], [45, 13.9], [26, 11.8], [25, 12.4]]);

export const CONTRACTS = new Weighted<number>([[1, 77], [2, 6], [3, 12], [4, 3], [7, 2]]);
export const GENDERS = new Weighted<number>([[2, 81], [1, 18], [3, 0.5], [4, 0.5]]);
/** Ethnicity codes (99 = don't know; null = not answered). */
export const ETHNICITIES = new Weighted<number | null>([
  [31, 64], [34, 7], [44, 9], [39, 4], [45, 1.5], [43, 2], [40, 1], [41, 0.5], [32, 0.5], [33, 0.1], [35, 0.8], [36, 0.7], [37, 0.5],
  [38, 0.5], [46, 1.5], [42, 0.3], [47, 0.2], [98, 0.9], [99, 3], [null, 1],
]);
/** Nationality codes (the same numbers are the countries of birth); 998 = don't know. */
export const NATIONALITIES = new Weighted<number | null>([
  [826, 79], [566, 3.5], [356, 4], [642, 2], [616, 1.5], [716, 2], [608, 1.5], [288, 1.2], [404, 0.8], [620, 0.8], [100, 0.5],
  [724, 0.3], [144, 0.4], [372, 0.5], [998, 1], [null, 1],
]);
/** Age at the snapshot: band → [min, max, share]. */
export const AGES = new Weighted<[number, number]>([[[18, 24], 9], [[25, 34], 19], [[35, 44], 22], [[45, 54], 24], [[55, 64], 20], [[65, 75], 6]]);
export const RECRUITMENT = new Weighted<number | null>([[2, 30], [1, 3], [5, 6], [7, 4], [8, 5], [10, 8], [12, 3], [15, 6], [16, 10], [18, 5], [17, 2], [null, 18]]);
export const SOCIAL_CARE_QUALIFICATION = new Weighted<string>([['1;2', 24], ['1;3', 24], ['1;4', 4], ['1;5', 3], ['1;999', 1], ['2', 38], ['999', 6]]);
export const OTHER_QUALIFICATION = new Weighted<string>([['2', 55], ['1;3', 8], ['1;6', 5], ['1;2', 4], ['999', 8], ['', 20]]);

/** Leavers / starters / vacancies answers: WITH_JOBS (a count per role), DONT_KNOW (999) or not answered. */
export const FLOW_ANSWER = new Weighted<'counts' | 'dont_know' | 'blank'>([['counts', 82], ['dont_know', 11], ['blank', 7]]);
/** Per directly employed staff record per year. */
export const RATES = { leavers: 0.27, starters: 0.3, vacancies: 0.085 } as const;

/** Training: categories taken most often (ASC-WDS training category codes) and records per staff record. */
export const TRAINING_CATEGORIES = new Weighted<number>([
  [20, 12], [15, 11], [10, 10], [6, 8], [9, 8], [7, 7], [13, 6], [2, 5], [8, 4], [14, 4], [23, 3], [22, 3], [26, 2], [41, 3],
  [42, 1], [38, 2], [16, 2], [34, 2], [28, 1], [31, 1], [32, 1], [27, 1], [19, 1], [11, 1], [21, 1],
]);
export const TRAINING_VALIDITY = new Weighted<string>([['12', 40], ['24', 15], ['36', 20], ['none', 10], ['', 15]]);
