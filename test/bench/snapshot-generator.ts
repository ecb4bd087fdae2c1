import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { codeList, flagged } from '../../importers/ascwds/code-lists';
import { currentHeader } from '../../importers/ascwds/file-layout';
import { parsePeriod } from '../../src/returns/period';
import {
  AGES, CONTRACTS, EMPLOYER_TYPES, ETHNICITIES, EXTRA_SERVICES, FLOW_ANSWER, GENDERS, HOURLY, MAIN_SERVICES, NATIONAL, NATIONALITIES,
  OTHER_QUALIFICATION, RATES, RECRUITMENT, roleMixOf, SALARIED, SOCIAL_CARE_QUALIFICATION, TRAINING_CATEGORIES, TRAINING_VALIDITY,
} from './snapshot-distributions';
import { SeededRandom, Weighted } from './seeded-random';

export interface SnapshotOptions {
  /** 1 = national (≈35,000 workplaces); 0.01 = one hundredth. */
  scale: number;
  seed: number;
  dir: string;
  /** Financial year the snapshot is of; every date in the files lies on or before its snapshot date. */
  period?: string;
}

export interface Snapshot {
  period: string;
  files: { workplace: string; staff: string; training: string; postcodes: string };
  counts: { providers: number; workplaces: number; staffRecords: number; trainingRecords: number; postcodes: number };
  bytes: number;
}

export const DEFAULT_PERIOD = '2025-26';
const DAY = 86_400_000;
const REGISTERED_MANAGER = 4;
const HEAD_OFFICE = 72;
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXY';

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** dd/mm/yyyy of a day number (days since 1970-01-01). */
function ukDate(day: number): string {
  const d = new Date(day * DAY);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
const yearOfDay = (day: number) => new Date(day * DAY).getUTCFullYear();

/** Buffered CSV output: one header, rows as cells, written in large chunks with backpressure. */
class CsvOut {
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  private size = 0;
  rows = 0;
  bytes = 0;

  constructor(readonly path: string, readonly header: readonly string[]) {
    this.stream = createWriteStream(path);
    this.buffer.push(header.join(','));
  }

  async row(cells: readonly string[]): Promise<void> {
    let line = '';
    for (let i = 0; i < cells.length; i++) line += (i ? ',' : '') + csvCell(cells[i]);
    this.buffer.push(line);
    this.size += line.length;
    this.rows++;
    if (this.size > 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer.join('\n') + '\n';
    this.buffer = [];
    this.size = 0;
    this.bytes += Buffer.byteLength(chunk);
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (this.buffer.length) await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

/** A row being filled by column name, in the file's current header order. */
function rowOf(header: readonly string[]) {
  const index = new Map(header.map((c, i) => [c, i]));
  return () => {
    const cells = new Array<string>(header.length).fill('');
    return {
      cells,
      set(column: string, value: string | number) {
        const i = index.get(column);
        if (i === undefined) throw new RangeError(`no column ${column}`);
        cells[i] = String(value);
      },
    };
  };
}

interface Area { cssr: number; name: string; prefix: string; next: number }

/** Synthetic postcodes: a two-letter area per local authority, unique per workplace; "ZZ" areas are absent from the table. */
function postcodeOf(prefix: string, k: number): string {
  const district = 1 + (k % 99);
  const sector = Math.floor(k / 99) % 10;
  const unit = Math.floor(k / 990);
  return `${prefix}${district} ${sector}${LETTERS[Math.floor(unit / LETTERS.length) % LETTERS.length]}${LETTERS[unit % LETTERS.length]}`;
}

interface Staff {
  ref: string;
  role: number;
  contract: number;
  dobDay: number;
}

/** Generate the combined national snapshot (three ASC-WDS files and a postcode table) deterministically from the seed. */
export async function generateSnapshot(opts: SnapshotOptions): Promise<Snapshot> {
  const period = parsePeriod(opts.period ?? DEFAULT_PERIOD);
  const snapshotDay = dayOf(period.snapshotDate);
  const snapshotYear = yearOfDay(snapshotDay);
  const rng = new SeededRandom(opts.seed);
  mkdirSync(opts.dir, { recursive: true });
  const files = {
    workplace: join(opts.dir, 'workplace.csv'),
    staff: join(opts.dir, 'staff.csv'),
    training: join(opts.dir, 'training.csv'),
    postcodes: join(opts.dir, 'postcodes.csv'),
  };
  const wpOut = new CsvOut(files.workplace, currentHeader('workplace'));
  const staffOut = new CsvOut(files.staff, currentHeader('worker'));
  const trOut = new CsvOut(files.training, currentHeader('training'));
  const pcOut = new CsvOut(files.postcodes, ['postcode', 'cssr_code']);
  const newWorkplace = rowOf(currentHeader('workplace'));
  const newStaff = rowOf(currentHeader('worker'));
  const newTraining = rowOf(currentHeader('training'));

  const services = codeList('main_services');
  const regulated = flagged('main_services', 'counts_as_cqc_regulated_for_regtype');
  const dhaServices = flagged('main_services', 'can_do_dha');
  const lettersFor = (i: number) => `${LETTERS[Math.floor(i / LETTERS.length)]}${LETTERS[i % LETTERS.length]}`;
  const areas: Area[] = [...codeList('map_la_region').values()]
    .filter((r) => r.status === 'current')
    .map((r, i) => ({ cssr: Number(r.cssr_code), name: r.published_area_name || r.ascwds_cssr_name, prefix: lettersFor(i), next: 0 }));
  const areaPick = new Weighted(areas.map((a) => [a, 0.3 + rng.next() * 2.7] as const));
  const unknownArea: Area = { cssr: 0, name: 'Unknown', prefix: 'ZZ', next: 0 };
  const serviceShare = new Weighted(MAIN_SERVICES.map((s) => [s, s.share] as const));
  const meanSize = MAIN_SERVICES.reduce((n, s) => n + s.share * s.meanStaff, 0) / MAIN_SERVICES.reduce((n, s) => n + s.share, 0);
  const calibrate = NATIONAL.staffRecords / NATIONAL.workplaces / meanSize;
  const trainingPerStaff = NATIONAL.trainingRecords / NATIONAL.staffRecords;
  const targetWorkplaces = Math.max(3, Math.round(NATIONAL.workplaces * opts.scale));

  let workplaces = 0;
  let providers = 0;
  let staffIndex = 0;
  let locationSeq = 0;
  while (workplaces < targetWorkplaces) {
    providers++;
    const sites = rng.chance(0.82) ? 1 : Math.min(300, 2 + Math.floor(Math.exp(0.8 + rng.normal())));
    const employerType = EMPLOYER_TYPES.sample(rng);
    const homeArea = areaPick.sample(rng);
    const primary = serviceShare.sample(rng);
    const provNum = `1-${String(100_000_000 + providers * 7919).slice(-9)}`;
    for (let site = 1; site <= sites && workplaces < targetWorkplaces; site++) {
      workplaces++;
      const service = site === 1 || rng.chance(0.7) ? primary : serviceShare.sample(rng);
      const area = rng.chance(0.005) ? unknownArea : site === 1 || rng.chance(0.6) ? homeArea : areaPick.sample(rng);
      const postcode = postcodeOf(area.prefix, area.next++);
      if (area !== unknownArea) await pcOut.row([postcode, String(area.cssr)]);
      const localRef = `P${String(providers).padStart(5, '0')}-${site}`;
      const main = service.code;
      const cqc = main !== HEAD_OFFICE && regulated.has(main);
      const size = Math.min(999, Math.max(1, Math.round(service.meanStaff * calibrate * Math.exp(0.7 * rng.normal() - 0.245))));

      // ---- staff of this workplace
      const staff: Staff[] = [];
      const mix = roleMixOf(main);
      const hasManager = cqc && rng.chance(0.95);
      for (let i = 0; i < size; i++) {
        const role = i === 0 && hasManager ? REGISTERED_MANAGER : mix.sample(rng);
        const [minAge, maxAge] = AGES.sample(rng);
        const dobDay = snapshotDay - Math.floor((minAge + rng.next() * (maxAge - minAge + 1)) * 365.25);
        staff.push({ ref: `S${String(i + 1).padStart(4, '0')}`, role, contract: role === REGISTERED_MANAGER ? 1 : CONTRACTS.sample(rng), dobDay });
      }

      // ---- leavers, starters and vacancies by job role, aligned to ALLJOBROLES
      const direct = new Map<number, number>();
      for (const s of staff) direct.set(s.role, (direct.get(s.role) ?? 0) + (s.contract <= 2 ? 1 : 0));
      const vacancyRoles = cqc && !hasManager ? [REGISTERED_MANAGER] : [];
      const jobRoles = [...new Set([...staff.map((s) => s.role), ...vacancyRoles])].sort((a, b) => a - b);
      const flow = (rate: number, cap: number, extra: (role: number) => number = () => 0) => {
        const counts = jobRoles.map((r) => rng.poisson(rate * (direct.get(r) ?? 0)) + extra(r));
        let total = counts.reduce((a, b) => a + b, 0);
        for (let i = counts.length - 1; total > cap && i >= 0; i--) { const cut = Math.min(counts[i], total - cap); counts[i] -= cut; total -= cut; }
        return counts;
      };
      const answer = (counts: number[]) => {
        const kind = FLOW_ANSWER.sample(rng);
        return kind === 'dont_know' ? '999' : kind === 'blank' ? '' : counts.join(';');
      };
      const leavers = flow(RATES.leavers, size - 1);
      const leaversText = answer(leavers);
      const starters = flow(RATES.starters, size - 1);
      const vacancies = flow(RATES.vacancies, size - 1, (r) => (vacancyRoles.includes(r) ? 1 : 0));

      const w = newWorkplace();
      w.set('LOCALESTID', localRef);
      w.set('STATUS', 'NEW');
      w.set('ESTNAME', `${sites > 1 ? `Provider ${providers} Care Group` : `Provider ${providers} Care`} ${area.name}${sites > 1 ? ` ${site}` : ''}`.slice(0, 120));
      w.set('ADDRESS1', `${rng.int(1, 240)} ${rng.pick(['High Street', 'Church Road', 'Station Road', 'Park Lane', 'Victoria Road', 'Mill Lane'])}`);
      w.set('POSTTOWN', area.name.slice(0, 40));
      w.set('POSTCODE', postcode);
      w.set('ESTTYPE', employerType);
      if (employerType === 8) w.set('OTHERTYPE', 'Community interest company');
      w.set('PERMCQC', rng.pick(['1', '1', '1', '0', '']));
      w.set('PERMLA', rng.pick(['1', '1', '1', '0', '']));
      w.set('REGTYPE', cqc ? 2 : 0);
      if (cqc) {
        w.set('PROVNUM', provNum);
        w.set('LOCATIONID', `1-${String(1_000_000_000 + ++locationSeq * 104_729).slice(-10)}`);
      }
      w.set('MAINSERVICE', main);
      const extra = rng.chance(0.15) ? rng.pick(EXTRA_SERVICES.filter((c) => c !== main)) : null;
      w.set('ALLSERVICES', extra === null ? main : `${main};${extra}`);
      const svc = services.get(main)!;
      if (svc.has_capacity === 'true') {
        const capacity = Math.max(2, Math.round(size / (main === 1 ? 1.4 : 1.1)));
        w.set('CAPACITY', extra === null ? capacity : `${capacity};`);
        if (svc.has_utilisation === 'true') {
          const used = Math.round(capacity * (0.78 + rng.next() * 0.22));
          w.set('UTILISATION', extra === null ? used : `${used};`);
        }
      }
      w.set('SERVICEUSERS', main === 1 || main === 2 ? rng.pick(['1;2', '1;25', '1', '2;25']) : rng.pick(['4;5', '5', '6', '1;4', '4;28']));
      if (dhaServices.has(main) && rng.chance(0.6)) {
        const dha = rng.pick(['1', '2', '999']);
        w.set('DHA', dha);
        if (dha === '1') w.set('DHAACTIVITIES', rng.pick(['1;2', '2', '999', '1;4']));
      }
      w.set('TOTALPERMTEMP', rng.chance(0.97) ? size : Math.min(999, size + rng.int(1, 5)));
      w.set('ALLJOBROLES', jobRoles.join(';'));
      w.set('STARTERS', answer(starters));
      w.set('LEAVERS', leaversText);
      w.set('VACANCIES', answer(vacancies));
      const leaverTotal = leavers.reduce((a, b) => a + b, 0);
      if (leaverTotal > 0 && leaversText !== '999' && leaversText !== '' && rng.chance(0.8)) {
        const first = rng.int(0, leaverTotal);
        const reasons = [[rng.pick([1, 2, 3]), first], [rng.pick([5, 6, 7, 8, 9]), leaverTotal - first]].filter(([, n]) => n > 0);
        w.set('REASONS', reasons.map(([r]) => r).join(';'));
        w.set('REASONNOS', reasons.map(([, n]) => n).join(';'));
      }
      if (rng.chance(0.7)) w.set('REPEATTRAINING', rng.int(1, 4));
      if (rng.chance(0.6)) w.set('CWPAWARE', rng.int(1, 4));
      if (rng.chance(0.5)) w.set('CWPUSE', rng.pick(['1;2', '1;4', '2', '999']));
      const pension = rng.pick(['1', '1', '1', '0', 'unknown', '']);
      w.set('SICKPAY', rng.pick(['1', '1', '0', 'unknown', '']));
      w.set('PENSION', pension);
      if (pension === '1' && rng.chance(0.6)) w.set('ACTUALCONT', (3.5 + rng.next() * 4).toFixed(2));
      if (rng.chance(0.5)) w.set('OPTOUTPEN', rng.pick(['1', '2', '999']));
      if (rng.chance(0.7)) w.set('HOLIDAY', rng.int(28, 33));
      const payGroup = svc.pay_and_pensions_group;
      if ((payGroup === '1' || payGroup === '2') && rng.chance(0.7)) {
        const sleepIns = rng.pick(['1', '2', '999']);
        w.set('SLEEPINS', sleepIns);
        if (sleepIns === '1') w.set('SLEEPINPAY', rng.pick(['1', '2', '999']));
      }
      if (payGroup === '1' && rng.chance(0.7)) {
        const travel = rng.pick([1, 2, 3, 4, 5, 6, 999]);
        w.set('TRAVELTIME', travel);
        if (travel === 3) w.set('TTDIFFRATE', (10 + rng.next() * 4).toFixed(2));
      }
      await wpOut.row(w.cells);

      for (const s of staff) {
        staffIndex++;
        await staffOut.row(staffRow(newStaff(), s, { localRef, main, area, snapshotDay, snapshotYear, staffIndex, rng }));
        const trainings = rng.poisson(trainingPerStaff);
        for (let t = 0; t < trainings; t++) await trOut.row(trainingRow(newTraining(), localRef, s, snapshotDay, rng));
      }
    }
  }
  await Promise.all([wpOut.close(), staffOut.close(), trOut.close(), pcOut.close()]);
  return {
    period: period.code,
    files,
    counts: { providers, workplaces, staffRecords: staffOut.rows, trainingRecords: trOut.rows, postcodes: pcOut.rows },
    bytes: wpOut.bytes + staffOut.bytes + trOut.bytes,
  };
}

type RowBuilder = ReturnType<ReturnType<typeof rowOf>>;
interface StaffContext { localRef: string; main: number; area: Area; snapshotDay: number; snapshotYear: number; staffIndex: number; rng: SeededRandom }

/** One staff record: every answer consistent with the others, so the file validates without errors. */
function staffRow(r: RowBuilder, s: Staff, c: StaffContext): string[] {
  const { rng } = c;
  r.set('LOCALESTID', c.localRef);
  r.set('UNIQUEWORKERID', s.ref);
  r.set('STATUS', 'NEW');
  r.set('DISPLAYID', `${LETTERS[rng.int(0, 21)]}${LETTERS[rng.int(0, 21)]} ${s.ref}`);
  if (rng.chance(0.92)) {
    const prefix = ['AB', 'CE', 'JK', 'NR', 'TP', 'WL', 'HM', 'SE', 'PY', 'RZ'][Math.floor(c.staffIndex / 1_000_000) % 10];
    const digits = String(c.staffIndex % 1_000_000).padStart(6, '0');
    r.set('NINUMBER', `${prefix} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)} ${'ABCD'[c.staffIndex % 4]}`);
  }
  r.set('POSTCODE', postcodeOf(c.area.prefix === 'ZZ' ? 'ZY' : c.area.prefix, rng.int(0, 20_000)));
  const dobYear = yearOfDay(s.dobDay);
  r.set('DOB', ukDate(s.dobDay));
  r.set('GENDER', GENDERS.sample(rng));
  const ethnicity = ETHNICITIES.sample(rng);
  if (ethnicity !== null) r.set('ETHNICITY', ethnicity);
  const nationality = NATIONALITIES.sample(rng);
  let entryYear: number | null = null;
  if (nationality !== null) {
    r.set('NATIONALITY', nationality);
    const british = nationality === 826;
    let citizen = '';
    if (!british && rng.chance(0.9)) { citizen = rng.pick(['1', '2', '2', '2', '999']); r.set('BRITISHCITIZENSHIP', citizen); }
    const born = british ? (rng.chance(0.95) ? 826 : 356) : nationality === 998 ? 998 : nationality;
    if (rng.chance(0.98)) {
      r.set('COUNTRYOFBIRTH', born);
      if (born !== 826 && born !== 998 && rng.chance(0.85)) {
        entryYear = Math.min(c.snapshotYear - 1, dobYear + rng.int(1, Math.max(1, c.snapshotYear - 1 - dobYear)));
        r.set('YEAROFENTRY', entryYear);
      }
    }
    if (!british && nationality !== 998 && citizen !== '1' && rng.chance(0.8)) {
      const visa = [372, 616, 620, 642, 100, 724].includes(nationality) ? '2' : rng.pick(['1', '1', '2', '999']);
      r.set('HANDCVISA', visa);
      if (visa === '1') r.set('INOUTUK', rng.pick(['1', '1', '2', '999']));
    }
  }
  r.set('DISABLED', rng.pick(['0', '0', '0', '0', '0', '0', '0', '0', '1', '2', '3', '']));
  r.set('CARECERT', rng.pick(['1', '1', '2', '3', '']));
  const l2 = rng.next();
  if (l2 < 0.04) r.set('L2CARECERT', `1;${rng.pick([2024, 2025])}`); else if (l2 < 0.08) r.set('L2CARECERT', '2'); else if (l2 < 0.2) r.set('L2CARECERT', '3');
  const recruitment = RECRUITMENT.sample(rng);
  if (recruitment !== null) r.set('RECSOURCE', recruitment);

  // started in this job: tenure ~ exponential (mean 5 years), after age 16 and the year of entry
  const earliest = Math.max(s.dobDay + Math.ceil(16 * 365.25), entryYear !== null ? dayOf(`${entryYear}-01-01`) : -Infinity);
  const startDay = Math.max(earliest, c.snapshotDay - Math.floor(-Math.log(1 - rng.next()) * 5 * 365.25));
  r.set('STARTDATE', ukDate(Math.min(startDay, c.snapshotDay)));
  const startYear = yearOfDay(Math.min(startDay, c.snapshotDay));
  r.set('STARTINSECT', rng.chance(0.1) ? '999' : rng.int(Math.min(startYear, dobYear + 16), startYear));
  r.set('APPRENTICE', rng.pick(['2', '2', '2', '2', '2', '2', '1', '999', '']));
  r.set('EMPLSTATUS', s.contract);

  // hours: contracted for permanent/temporary staff not on zero hours; otherwise average
  const directlyEmployed = s.contract <= 2;
  const zeroHours = rng.next() < (c.main === 8 ? 0.4 : 0.12) ? '1' : rng.chance(0.03) ? '999' : '2';
  r.set('ZEROHRCONT', zeroHours);
  const halves = (min: number, max: number) => String(Math.round((min + rng.next() * (max - min)) * 2) / 2);
  if (directlyEmployed && zeroHours === '2') r.set('CONTHOURS', rng.chance(0.02) ? '999' : rng.chance(0.45) ? '37.5' : halves(8, 36));
  else if (!directlyEmployed || zeroHours === '1') r.set('AVGHOURS', rng.chance(0.05) ? '999' : halves(4, 40));
  r.set('DAYSSICK', rng.chance(0.1) ? '999' : rng.chance(0.1) ? '' : String(Math.min(366, Math.round(-Math.log(1 - rng.next()) * 5 * 2) / 2)));

  // pay: salaried roles annually, the rest by the hour; some don't know
  const salary = SALARIED.get(s.role);
  if (rng.chance(0.05)) r.set('SALARYINT', '999');
  else if (salary !== undefined && directlyEmployed) {
    r.set('SALARYINT', '1');
    r.set('SALARY', Math.max(12_000, Math.round(salary * (1 + 0.18 * rng.normal()))));
  } else {
    r.set('SALARYINT', '3');
    r.set('HOURLYRATE', Math.max(11.44, (HOURLY.get(s.role) ?? (salary ?? 30_000) / 1950) * (1 + 0.07 * rng.normal())).toFixed(2));
  }
  r.set('MAINJOBROLE', s.role);
  if (s.role === 23 || s.role === 27) r.set('MAINJRDESC', s.role === 23 ? 'Wellbeing coordinator' : 'Maintenance');
  if (s.role === 16) r.set('NMCREG', rng.pick(['1', '1', '1', '2', '3']));
  if (s.role === 6) r.set('AMHP', rng.pick(['1', '2', '2', '999']));
  r.set('SCQUAL', SOCIAL_CARE_QUALIFICATION.sample(rng));
  r.set('NONSCQUAL', OTHER_QUALIFICATION.sample(rng));
  if (rng.chance(0.3)) r.set('CWPCATEGORY', rng.int(1, 4));
  if (rng.chance(0.25)) r.set('QUALACH01', `${rng.pick([1, 2, 3, 10, 16, 20, 37, 41, 48, 50, 53])};${rng.int(Math.max(dobYear + 16, c.snapshotYear - 25), c.snapshotYear - 1)}`);
  return r.cells;
}

/** One training record of a staff record, completed within the three years before the snapshot. */
function trainingRow(r: RowBuilder, localRef: string, s: Staff, snapshotDay: number, rng: SeededRandom): string[] {
  const category = TRAINING_CATEGORIES.sample(rng);
  r.set('LOCALESTID', localRef);
  r.set('UNIQUEWORKERID', s.ref);
  r.set('CATEGORY', category);
  if (rng.chance(0.3)) r.set('TRAININGNAME', `Course ${category}-${rng.int(1, 9)}`);
  r.set('ACCREDITED', rng.pick(['1', '0', '0', '999', '']));
  const who = rng.pick(['1', '2', '2', '']);
  r.set('WHODELIVERED', who);
  if (who === '2' && rng.chance(0.6)) r.set('PROVIDERNAME', rng.int(1, 60));
  r.set('HOWDELIVERED', rng.pick(['1', '2', '2', '']));
  r.set('VALIDITY', TRAINING_VALIDITY.sample(rng));
  r.set('DATECOMPLETED', ukDate(snapshotDay - rng.int(0, 3 * 365)));
  return r.cells;
}
