import { ADMIN } from '../support/graphql';
import { PERIOD, useAnalyticsFixture } from './support/analytics-fixture';

const ROW = `group { code } workplaces staffRecords inDate expired expiringSoon completedInPeriod inDateShare
  careCertificate { category { code label } count share suppressed } qualifiedLevel2Share suppressed suppressionReason`;

describe('trainingUptake: training status at the snapshot date, Care Certificate, level 2 qualification', () => {
  const bed = useAnalyticsFixture();
  const uptake = async (args: string) => {
    const res = await bed.gql.run(`{ trainingUptake(period: "${PERIOD}"${args}) { ${ROW} } }`, {}, ADMIN);
    expect(res.errors).toBeUndefined();
    return res.data!.trainingUptake as any[];
  };


  it('any category: in date, expired, expiring within 90 days, completed in the period', async () => {
    const [la] = await uptake(', groupBy: [LOCAL_AUTHORITY], filter: { localAuthorities: ["708"] }');
    // A1: completed 2024-06-01, expires 2025-05-31 (in date, within 90 days); A2: expired 2023-12-31; A3: no expiry, completed 2024-05-01
    expect(la).toMatchObject({ staffRecords: 9, inDate: 2, expired: 1, expiringSoon: 1, completedInPeriod: 2, suppressed: false });
    expect(la.inDateShare).toBeCloseTo(2 / 9, 6);
  });

  it('one category', async () => {
    const [la] = await uptake(', groupBy: [LOCAL_AUTHORITY], filter: { localAuthorities: ["708"] }, category: 2');
    expect(la).toMatchObject({ inDate: 1, expired: 0, expiringSoon: 0, completedInPeriod: 1 });
  });

  it('Care Certificate answers among direct-care roles, and relevant level 2+ qualification (don\'t know excluded)', async () => {
    const [la] = await uptake(', groupBy: [LOCAL_AUTHORITY], filter: { localAuthorities: ["708"] }');
    const cc = Object.fromEntries(la.careCertificate.map((c: any) => [c.category.code, c.count]));
    expect(cc).toEqual({ 1: 7, 3: 1, 2: 1, UNKNOWN: 0 });
    expect(la.careCertificate.find((c: any) => c.category.code === '1').category.label).toBe('Yes, completed');
    // yes at level 3: 7; no: C1; don't know: B1 (excluded) → 7 ÷ 8
    expect(la.qualifiedLevel2Share).toBeCloseTo(7 / 8, 6);
  });
});
