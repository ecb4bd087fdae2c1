import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { loadAnalyticsFixture } from '../analytics/support/analytics-fixture';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startTestServer, type TestServer } from '../support/http';
import { databaseUrl, TEST_PSEUDONYM_KEY } from '../support/test-env';
import { accessibilityViolations, launchChromium, waitForCondition, paintedPixels, screenshot, tableHead, tableRows } from './support/browser';
import { brokenReturn, goodReturn, largeReturn } from './support/e2e-returns';
import { createToken, tokensAvailable } from './support/tokens';

/**
 * The web pages in headless Chromium against the real hub and database: a provider uploads a broken return and reads
 * its errors, then a good one; an analyst reads the dashboard, whose tables must show the figures worked out by hand
 * for the analytics fixture (test/analytics/support/analytics-fixture.ts, 2024-25) and the good return (2025-26).
 */
// a browser on a busy CI machine: each test drives several pages and uploads
jest.setTimeout(180_000);

describe('web pages in a real browser', () => {
  let t: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  /** The hub's address without the admin header startTestServer may add: the browser sends its own token. */
  let base: string;
  const withTokens = tokensAvailable();
  /** Whether the hub answers `viewer { role }` (access control's who-am-I); without it the pages cannot tell roles apart. */
  let knowsRoles = false;
  const pageErrors: string[] = [];
  const token = (role: string, provider?: string) => createToken({ DATABASE_URL: databaseUrl(t.name), WFHUB_PSEUDONYM_KEY: TEST_PSEUDONYM_KEY }, role, provider);

  beforeAll(async () => {
    t = await createTestDatabase();
    await loadAnalyticsFixture(t);
    server = await startTestServer(t.db, t.config);
    base = (server as TestServer & { rawUrl?: string }).rawUrl ?? server.url;
    if (withTokens) {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token('analyst')}` }, body: '{"query":"{ viewer { role } }"}' });
      knowsRoles = !((await res.json()) as { errors?: unknown }).errors;
    }
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (e) => pageErrors.push(`page error: ${e.message}`));
    // a refused token (401) and a rejected return (422) are answers the pages expect; anything else (script errors, Content-Security-Policy refusals) fails the test
    page.on('console', (m) => { if (m.type() === 'error' && !/status of (401|422)\b/.test(m.text())) pageErrors.push(`console: ${m.text()}`); });
  });
  afterEach(async () => {
    expect(pageErrors.splice(0)).toEqual([]);
    // the page as the test left it, kept with the screenshots (helps when a step failed)
    await screenshot(page, `last-${expect.getState().currentTestName?.split(' ')[4]?.replace(/\W/g, '') ?? 'test'}`).catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await t?.drop();
  });

  /** A fresh session signed in with a new token of the role (nothing to sign in to before access control). */
  const signIn = async (role: string, provider?: string) => {
    await page.goto(`${base}/sign-in`);
    await page.evaluate('sessionStorage.clear()');
    if (!withTokens) return;
    await page.reload();
    await page.getByLabel('Access token').fill(token(role, provider));
    await page.getByRole('button', { name: 'Sign in' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await (knowsRoles ? nav.getByText(`(${role})`) : nav.getByRole('button', { name: 'Sign out' })).waitFor();
  };

  it('serves the pages at / and any page path, their assets, and leaves the API paths alone', async () => {
    const home = await fetch(`${base}/dashboard`, { headers: { Accept: 'text/html' } });
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html).toContain('<title>Workforce Hub</title>');
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const js = await fetch(`${base}${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    expect((await fetch(`${base}/assets/nothing-here.js`)).status).toBe(404);
    const api = await fetch(`${base}/api/returns/1/report`, { headers: { Accept: 'text/html' } });
    expect(api.headers.get('content-type')).toContain('json');
  });

  it('provider: a broken return shows its errors by file, line and column; a good one validates, submits and appears in the history', async () => {
    if (withTokens) {
      await page.goto(`${base}/upload`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await page.getByLabel('Access token').fill('wfh_not_a_real_token');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'not accepted' }).waitFor();
      await screenshot(page, '01-sign-in-refused');
    }
    await signIn('provider', 'e2e-care');
    await page.goto(`${base}/upload`);
    await page.getByRole('heading', { name: 'Upload a workforce return' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Upload a return' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'GraphQL API' }).getAttribute('href')).toBe('/graphql');
    if (!knowsRoles) await page.getByLabel('Provider key').fill('e2e-care');
    else expect(await page.getByLabel('Provider key').inputValue()).toBe('e2e-care');
    await page.getByLabel('Return period').selectOption('2025-26');

    // broken return: files named by their header line, not their file names
    // dropped on the drop zone, as a care manager would drag them from a folder
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      for (const [name, text] of ${JSON.stringify(brokenReturn().map((p) => [p.split('/').pop(), readFileSync(p, 'utf8')]))}) data.items.add(new File([text], name, { type: 'text/csv' }));
      document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    })()`);
    await page.locator('#chosen-files').getByText('Staff file').waitFor();
    expect(await page.locator('#chosen-files').textContent()).toMatch(/Workplace file: workplaces\.csv.*Staff file: people\.csv/);
    await page.getByRole('button', { name: 'Validate the files' }).click();
    await page.locator('#report [data-outcome]').waitFor();
    expect(await page.locator('#report .outcome').textContent()).toMatch(/\d+ errors? to fix/);
    expect(await page.getByRole('button', { name: 'Submit the return' }).isDisabled()).toBe(true);
    const problems = await page.locator('#report table.problems tbody tr').allTextContents();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(/people\.csv.*GENDER/);
    // filter to errors of the staff file, then by one code
    await page.getByLabel('Severity').selectOption('error');
    await page.getByLabel('File', { exact: true }).selectOption('people.csv');
    const filtered = await page.locator('#report table.problems tbody tr').allTextContents();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((r) => r.startsWith('people.csv') && r.includes('Error'))).toBe(true);
    const gender = filtered.find((r) => r.includes('GENDER'))!;
    const genderCode = await page.locator('#report table.problems tbody tr', { hasText: 'GENDER' }).first().locator('td').nth(5).textContent();
    await page.getByLabel('Message code').selectOption(genderCode!.trim());
    const byCode = await page.locator('#report table.problems tbody tr').allTextContents();
    expect(byCode.every((r) => r.includes('GENDER'))).toBe(true);
    expect(gender).toMatch(/people\.csv2GENDER7Error/);
    await screenshot(page, '02-broken-return-report');
    expect(await accessibilityViolations(page)).toEqual([]);

    // the report CSV, fetched with the token and saved from a Blob
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the report (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^e2e-care-2025-26-report-\d+\.csv$/);

    // good return: validate (dry run), then submit
    await page.getByRole('button', { name: /Remove/ }).first().click();
    await page.getByRole('button', { name: /Remove/ }).first().click();
    await page.setInputFiles('#files', goodReturn());
    await page.locator('#chosen-files').getByText('Training file').waitFor();
    expect(await page.locator('#chosen-files').textContent()).toMatch(/Workplace file: export-a\.csv.*Staff file: export-b\.csv.*Training file: export-c\.csv/);
    await page.getByRole('button', { name: 'Validate the files' }).click();
    await page.locator('#report .outcome', { hasText: 'You can submit' }).waitFor();
    expect(await page.locator('#report .outcome').textContent()).toContain('3 workplaces, 12 staff records, 1 training record');
    await page.getByRole('button', { name: 'Submit the return' }).click();
    await page.locator('#report .outcome', { hasText: 'Return received for 2025-26' }).waitFor();
    expect(await page.locator('#chosen-files li').count()).toBe(0);
    await page.locator('.history tbody tr', { hasText: '2025-26' }).waitFor();
    const history = await page.locator('.history tbody tr').allTextContents();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatch(/2025-26.*(Passed|Passed with warnings)Current3121/);
    await screenshot(page, '03-good-return-submitted');
    if (withTokens) {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(await page.evaluate('sessionStorage.length')).toBe(0);
    }
  });

  it('keyboard only: sign in, choose files, validate; a slow upload shows its progress', async () => {
    await page.goto(`${base}/sign-in`);
    await page.evaluate('sessionStorage.clear()');
    await page.reload();
    if (withTokens) {
      await page.keyboard.type(token('provider', 'e2e-slow'));
      await page.keyboard.press('Enter');
    } else {
      await page.goto(`${base}/upload`);
    }
    await page.getByRole('heading', { name: 'Upload a workforce return' }).waitFor();
    if (!knowsRoles) await page.getByLabel('Provider key').fill('e2e-slow');
    const tabTo = async (id: string) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate('document.activeElement && document.activeElement.id') === id) return;
      }
      throw new Error(`#${id} is not reachable with the Tab key`);
    };
    await tabTo('files');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles(largeReturn());
    await page.locator('#chosen-files').getByText('Staff file').waitFor();

    // 100 KB/s upstream: the 0.7 MB upload takes seconds, and the bar and its text follow it
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 100 * 1024 });
    await tabTo('validate');
    await page.keyboard.press('Enter');
    await waitForCondition(page, `/Uploading… ([1-9]|[1-9][0-9])% /.test(document.getElementById('progress-text').textContent)`);
    expect(Number(await page.locator('#upload-progress').getAttribute('value') ?? await page.evaluate('document.getElementById("upload-progress").value'))).toBeGreaterThan(0);
    await screenshot(page, '04-upload-progress');
    await page.locator('#report [data-outcome]').waitFor({ timeout: 60_000 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    expect(await page.locator('#report table.files').textContent()).toMatch(/big-staff\.csvStaff file2,000/);
  });

  it('analyst: rates by region with England, by local authority with withheld cells, trend, composition and training, each chart drawn', async () => {
    if (withTokens) {
      await signIn('analyst');
      if (knowsRoles) expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Upload a return' }).count()).toBe(0);
    }
    await page.goto(`${base}/dashboard`);
    const ready = () => page.waitForSelector('main[data-state="ready"]');
    await ready();
    await page.getByLabel('Period', { exact: true }).selectOption('2024-25');
    await page.getByLabel('Compare by', { exact: true }).selectOption('REGION');
    await page.getByRole('button', { name: 'Show figures' }).click();
    await ready();

    // hand-computed for the fixture (test/analytics/workforce-metrics.test.ts): England turnover 8 ÷ 27, London 5 ÷ 15, West Midlands 3 ÷ 12, vacancies 3 ÷ 15
    expect(await tableHead(page, '#rates table')).toEqual(['Region', 'Workplaces', 'Staff records', 'Leavers', 'Turnover rate', 'Starter rate', 'Vacancy rate']);
    const regions = await tableRows(page, '#rates table');
    expect(Object.keys(regions)).toEqual(['England', 'London', 'West Midlands']);
    expect(regions.England.slice(0, 4)).toEqual(['8', '33', '9', '29.6%']);
    expect(regions.London.slice(0, 4)).toEqual(['5', '21', expect.any(String), '33.3%']);
    expect(regions['West Midlands']).toEqual(['3', '12', '3', '25.0%', expect.any(String), '20.0%']);
    expect(await page.locator('#rates canvas').getAttribute('aria-label')).toContain('England: turnover rate 29.6%');
    for (const id of ['rates', 'trend', 'composition-gender', 'composition-ethnic-group', 'composition-age-band', 'composition-nationality-group', 'training']) {
      expect(await page.locator(`#${id}`).getAttribute('data-state')).toBe('ready');
      expect(await paintedPixels(page, `#${id} canvas`)).toBeGreaterThan(2000);
    }
    const gender = await tableRows(page, '#composition-gender table');
    expect(Object.keys(gender)).toEqual(['England', 'London', 'West Midlands']);
    const training = await tableRows(page, '#training table');
    expect(training.England[0]).toBe('33');
    await screenshot(page, '05-dashboard-regions');
    expect(await accessibilityViolations(page)).toEqual([]);

    // by local authority: Lambeth has 9 staff records, Lewisham 2 workplaces: withheld for an analyst, never shown as 0
    await page.getByLabel('Compare by', { exact: true }).selectOption('LOCAL_AUTHORITY');
    await page.getByRole('button', { name: 'Show figures' }).click();
    await ready();
    const las = await tableRows(page, '#rates table');
    expect(Object.keys(las).sort()).toEqual(['England', 'Lambeth', 'Lewisham', 'Stoke on Trent']);
    expect(las['Stoke on Trent']).toEqual(['3', '12', '3', '25.0%', expect.any(String), '20.0%']);
    if (withTokens) {
      expect(las.Lambeth).toEqual(Array(6).fill('fewer than 10'));
      expect(las.Lewisham).toEqual(Array(6).fill('withheld (fewer than 3 workplaces)'));
      expect(await page.locator('#rates canvas').getAttribute('aria-label')).toContain('Lambeth: fewer than 10 staff records, figures withheld');
    } else {
      expect(las.Lambeth.slice(0, 2)).toEqual(['3', '9']);
    }
    await screenshot(page, '06-dashboard-local-authorities');

    // narrowed to London: its authorities only, England still beside them, and the CSV asks for the same
    await page.getByLabel('Region', { exact: true }).selectOption({ label: 'London' });
    expect(await page.getByLabel('Local authority', { exact: true }).locator('option').allTextContents()).toEqual(expect.arrayContaining(['All in the region', 'Lambeth', 'Lewisham']));
    expect(await page.getByLabel('Local authority', { exact: true }).locator('option', { hasText: 'Stoke on Trent' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Show figures' }).click();
    await ready();
    expect(Object.keys(await tableRows(page, '#rates table')).sort()).toEqual(['England', 'Lambeth', 'Lewisham']);
    expect(await page.locator('#rates [data-csv]').getAttribute('data-csv')).toBe('/api/export/workforce-metrics.csv?period=2024-25&groupBy=LOCAL_AUTHORITY&regions=3');
    await page.getByLabel('Region', { exact: true }).selectOption('');

    // trend: 2024-25 from the fixture, 2025-26 from the return uploaded above (3 ÷ 12 turnover, 0 vacancies)
    await page.getByLabel('Period', { exact: true }).selectOption('2025-26');
    await page.getByLabel('Compare by', { exact: true }).selectOption('REGION');
    await page.getByRole('button', { name: 'Show figures' }).click();
    await ready();
    const trend = await tableRows(page, '#trend table');
    expect(trend).toEqual({ '2024-25': ['33', '29.6%', expect.any(String), expect.any(String)], '2025-26': ['12', '25.0%', '25.0%', '0.0%'] });
    expect(await page.locator('#trend canvas').getAttribute('aria-label')).toMatch(/Line chart .* 2024-25 to 2025-26/);

    // the CSV button fetches the export with the token
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#rates').getByRole('button', { name: 'Download these figures (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toBe('workforce-metrics-2025-26.csv');
    await screenshot(page, '07-dashboard-trend');
  });
});
