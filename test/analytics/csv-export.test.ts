import type { Response } from 'express';
import { sendCsv } from '../../src/analytics/csv-export';

describe('sendCsv', () => {
  it('neutralises text cells a spreadsheet would run as a formula, leaves numbers and blanks withheld values', () => {
    let body = '';
    const headers: Record<string, string> = {};
    const res = { type: () => res, setHeader: (k: string, v: string) => { headers[k] = v; }, send: (b: string) => { body = b; } } as unknown as Response;
    sendCsv(res, 'x.csv', ['label', 'count', 'rate'], [['=HYPERLINK("http://evil")', 12, null], ['@SUM(A1)', -3, 0.25], ['+1', 0, undefined]]);
    expect(body).toBe('\uFEFFlabel,count,rate\r\n"\'=HYPERLINK(""http://evil"")",12,\r\n\'@SUM(A1),-3,0.25\r\n\'+1,0,');
    expect(headers['Content-Disposition']).toBe('attachment; filename="x.csv"');
  });
});
