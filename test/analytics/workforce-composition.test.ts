import { ADMIN } from '../support/graphql';
import { PERIOD, useAnalyticsFixture } from './support/analytics-fixture';

const ROW = 'group { dimension code label } category { code label } count share suppressed suppressionReason';

describe('workforceComposition: shares of staff records by characteristic', () => {
  const bed = useAnalyticsFixture();
  const composition = async (characteristic: string, args = '') => {
    const res = await bed.gql.run(`{ workforceComposition(period: "${PERIOD}", characteristic: ${characteristic}${args}) { ${ROW} } }`, {}, ADMIN);
    expect(res.errors).toBeUndefined();
    return res.data!.workforceComposition as any[];
  };
  const counts = (rows: any[]) => Object.fromEntries(rows.map((r) => [[...r.group.map((g: any) => g.code), r.category.label].join('/'), r.count]));


  it('ethnic group: the 5 groups from the ethnicity code list', async () => {
    const rows = await composition('ETHNIC_GROUP', ', groupBy: [LOCAL_AUTHORITY], filter: { localAuthorities: ["708"] }');
    expect(counts(rows)).toEqual({ '708/White': 7, '708/Asian / Asian British': 1, '708/Black / African / Caribbean / Black British': 1 });
    const asian = rows.find((r) => r.category.label === 'Asian / Asian British');
    expect(asian).toMatchObject({ category: { code: 'ASIAN_ASIAN_BRITISH' }, share: 1 / 9, suppressed: false });
  });

  it('age band at the snapshot date (31 March 2025), the birthday boundary included', async () => {
    const rows = await composition('AGE_BAND', ', filter: { localAuthorities: ["708"] }');
    // A1 born 1 April 2000 is 24 on 31 March 2025; A2 born 31 March 2000 is 25; the rest were born 1 February 1980 (45)
    expect(counts(rows)).toEqual({ '24 and under': 1, '25 to 34': 1, '45 to 54': 7 });
  });

  it('nationality group British / EU / non-EU, gender, contract and job-role group', async () => {
    expect(counts(await composition('NATIONALITY_GROUP'))).toEqual({ British: 31, EU: 1, 'Non-EU': 1 });
    expect(counts(await composition('GENDER'))).toEqual({ Female: 32, Male: 1 });
    expect(counts(await composition('CONTRACT'))).toEqual({ Permanent: 31, Temporary: 1, Agency: 1 });
    expect(counts(await composition('JOB_ROLE_GROUP'))).toEqual({ 'Direct care': 33 });
    const shares = (await composition('GENDER')).map((r) => r.share);
    expect(shares.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 9);
  });
});
