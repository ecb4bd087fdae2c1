import { applyDisclosure, type DisclosureCell } from '../../src/analytics/disclosure';
import type { Viewer } from '../../src/graphql/context';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { TestGraphQL } from '../support/graphql';
import { loadAnalyticsFixture, PERIOD } from './support/analytics-fixture';

const ANALYST: Viewer = { role: 'analyst', providerId: null, tokenId: null, name: 'analyst' };
const T = { minStaffRecords: 10, minWorkplaces: 3 };

/** In every set of siblings (cells equal on all other dimensions), 0 or at least 2 are withheld: never one alone. */
function loneWithheld(cells: { key: string[]; suppressed?: boolean }[]): string[] {
  const lone: string[] = [];
  const width = cells[0]?.key.length ?? 0;
  for (let d = 0; d < width; d++) {
    const sets = new Map<string, typeof cells>();
    for (const c of cells) {
      const rest = JSON.stringify(c.key.filter((_, i) => i !== d));
      sets.set(rest, [...(sets.get(rest) ?? []), c]);
    }
    for (const [rest, set] of sets) if (set.length > 1 && set.filter((c) => c.suppressed).length === 1) lone.push(`${d}:${rest}`);
  }
  return lone;
}

describe('disclosure control (pure)', () => {
  it('withholds cells under either threshold and takes the smallest sibling with a lone withheld cell', () => {
    const cells: DisclosureCell[] = [
      { key: ['a'], staffRecords: 50, workplaces: 5 },
      { key: ['b'], staffRecords: 12, workplaces: 4 },
      { key: ['c'], staffRecords: 9, workplaces: 5 },
    ];
    applyDisclosure(cells, T);
    expect(cells.map((c) => c.suppressionReason)).toEqual([null, 'SECONDARY', 'FEW_STAFF_RECORDS']);
    const few = applyDisclosure<DisclosureCell>([{ key: ['x'], staffRecords: 40, workplaces: 2 }, { key: ['y'], staffRecords: 40, workplaces: 2 }], T);
    expect(few.map((c) => c.suppressionReason)).toEqual(['FEW_WORKPLACES', 'FEW_WORKPLACES']);
  });

  it('property: on random two-way tables no withheld cell is ever alone among its siblings', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 300; run++) {
      const rows = 1 + Math.floor(rand() * 6);
      const cols = 1 + Math.floor(rand() * 6);
      const cells: DisclosureCell[] = [];
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
        if (rand() < 0.2) continue; // empty cells are simply absent
        cells.push({ key: [`r${r}`, `c${c}`], staffRecords: Math.floor(rand() * 40), workplaces: 1 + Math.floor(rand() * 6) });
      }
      applyDisclosure(cells, T);
      expect(loneWithheld(cells)).toEqual([]);
      for (const c of cells) if (c.staffRecords < 10 || c.workplaces < 3) expect(c.suppressed).toBe(true);
    }
  });
});

describe('disclosure control through the API, for analysts', () => {
  let t: TestDatabase;
  let gql: TestGraphQL;
  let providers: Record<string, number>;
  const run = async (query: string, viewer: Viewer = ANALYST) => {
    const res = await gql.run(query, {}, viewer);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    gql = await TestGraphQL.start(t.db, t.config);
    providers = await loadAnalyticsFixture(t);
  });
  afterAll(async () => {
    await gql.stop();
    await t.drop();
  });

  it('withholds a local authority with fewer than 10 staff records or fewer than 3 workplaces, values null', async () => {
    const { workforceMetrics } = await run(`{ workforceMetrics(period: "${PERIOD}", groupBy: [LOCAL_AUTHORITY]) {
      group { code } staffRecords workplaces turnoverRate medianHourlyPay suppressed suppressionReason } }`);
    const byLa = Object.fromEntries(workforceMetrics.map((r: any) => [r.group[0].code, r]));
    expect(byLa['708']).toEqual({ group: [{ code: '708' }], staffRecords: null, workplaces: null, turnoverRate: null, medianHourlyPay: null, suppressed: true, suppressionReason: 'FEW_STAFF_RECORDS' });
    expect(byLa['709']).toMatchObject({ staffRecords: null, suppressed: true, suppressionReason: 'FEW_WORKPLACES' });
    expect(byLa['414']).toMatchObject({ staffRecords: 12, workplaces: 3, suppressed: false });
    expect(byLa['414'].turnoverRate).toBeCloseTo(0.25, 6);
  });

  it('secondary suppression: a lone withheld group takes its smallest sibling with it', async () => {
    const { workforceMetrics } = await run(`{ workforceMetrics(period: "${PERIOD}", groupBy: [LOCAL_AUTHORITY], filter: { localAuthorities: ["709", "414"] }) {
      group { code } staffRecords suppressed suppressionReason } }`);
    expect(workforceMetrics).toEqual([
      { group: [{ code: '414' }], staffRecords: null, suppressed: true, suppressionReason: 'SECONDARY' },
      { group: [{ code: '709' }], staffRecords: null, suppressed: true, suppressionReason: 'FEW_WORKPLACES' },
    ]);
  });

  it('composition: one male care worker in Stoke cannot be worked out from the female count and shares', async () => {
    const { workforceComposition } = await run(`{ workforceComposition(period: "${PERIOD}", characteristic: GENDER, groupBy: [LOCAL_AUTHORITY], filter: { localAuthorities: ["414"] }) {
      group { code } category { label } count share suppressed suppressionReason } }`);
    expect(workforceComposition).toEqual([
      { group: [{ code: '414' }], category: { label: 'Male' }, count: null, share: null, suppressed: true, suppressionReason: 'FEW_STAFF_RECORDS' },
      { group: [{ code: '414' }], category: { label: 'Female' }, count: null, share: null, suppressed: true, suppressionReason: 'SECONDARY' },
    ]);
  });

  it('property: in every response, no withheld value is alone among its siblings along any dimension', async () => {
    const dims = ['REGION', 'LOCAL_AUTHORITY', 'JOB_ROLE', 'CONTRACT', 'SERVICE_GROUP'];
    for (const characteristic of ['GENDER', 'ETHNIC_GROUP', 'AGE_BAND', 'NATIONALITY_GROUP', 'CONTRACT']) {
      for (const dim of dims) {
        const { workforceComposition } = await run(`{ workforceComposition(period: "${PERIOD}", characteristic: ${characteristic}, groupBy: [${dim}]) {
          group { code } category { code } count suppressed } }`);
        const cells = workforceComposition.map((r: any) => ({ key: [...r.group.map((g: any) => g.code), r.category.code], suppressed: r.suppressed, count: r.count }));
        expect(loneWithheld(cells)).toEqual([]);
        for (const c of cells) expect(c.suppressed ? c.count === null : c.count >= 10).toBe(true);
      }
    }
    for (const pair of [['REGION', 'JOB_ROLE'], ['LOCAL_AUTHORITY', 'CONTRACT']]) {
      const { workforceMetrics } = await run(`{ workforceMetrics(period: "${PERIOD}", groupBy: [${pair}]) { group { code } staffRecords suppressed } }`);
      const cells = workforceMetrics.map((r: any) => ({ key: r.group.map((g: any) => g.code), suppressed: r.suppressed, staffRecords: r.staffRecords }));
      expect(loneWithheld(cells)).toEqual([]);
      for (const c of cells) expect(c.suppressed ? c.staffRecords === null : c.staffRecords >= 10).toBe(true);
    }
  });

  it('a provider sees only its own figures, unsuppressed; an admin sees everything unsuppressed', async () => {
    const own: Viewer = { role: 'provider', providerId: providers['p-a'], tokenId: null, name: 'p-a' };
    const { workforceMetrics } = await run(`{ workforceMetrics(period: "${PERIOD}") { staffRecords workplaces suppressed } }`, own);
    expect(workforceMetrics).toEqual([{ staffRecords: 4, workplaces: 1, suppressed: false }]);
    const admin: Viewer = { role: 'admin', providerId: null, tokenId: null, name: 'admin' };
    const all = await run(`{ workforceMetrics(period: "${PERIOD}", groupBy: [LOCAL_AUTHORITY]) { staffRecords suppressed } }`, admin);
    expect(all.workforceMetrics.map((r: any) => r.staffRecords)).toEqual([12, 9, 12]);
  });
});
