import type { Browser, Page } from 'playwright-core';
import { importCqcDirectory } from '../../src/planning/cqc-directory-import';
import { importPopulationProjection } from '../../src/planning/population-projection-import';
import { directoryCsv, stream } from '../planning/support/directory-file';
import { DIRECTORY, loadPlanningReturns } from '../planning/support/planning-fixture';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startTestServer, type TestServer } from '../support/http';
import { databaseUrl, TEST_PSEUDONYM_KEY } from '../support/test-env';
import { accessibilityViolations, launchChromium, paintedPixels, screenshot, tableRows } from './support/browser';
import { createToken, tokensAvailable } from './support/tokens';

/** Population aged 65+ to 2040 (the page projects the snapshot year and every five years after it). */
const POPULATION = ['area_code,year,age_band,count,source', '212,2025,65+,100000,e2e', '212,2030,65+,120000,e2e', '212,2035,65+,130000,e2e',
  '212,2040,65+,140000,e2e', '209,2025,65+,50000,e2e', '209,2040,65+,80000,e2e'].join('\n');

/** The coverage page in headless Chromium on the planning fixture (test/planning/support/planning-fixture.ts): the figures worked out there. */
describe('coverage page in a real browser', () => {
  let t: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let base: string;
  const withTokens = tokensAvailable();
  const token = (role: string) => createToken({ DATABASE_URL: databaseUrl(t.name), WFHUB_PSEUDONYM_KEY: TEST_PSEUDONYM_KEY }, role);

  beforeAll(async () => {
    t = await createTestDatabase();
    await loadPlanningReturns(t);
    await importCqcDirectory(t.db, stream(directoryCsv(DIRECTORY)), 'directory.csv');
    await importPopulationProjection(t.db, stream(POPULATION), 'population.csv');
    server = await startTestServer(t.db, t.config);
    base = (server as TestServer & { rawUrl?: string }).rawUrl ?? server.url;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await t?.drop();
  });

  const signIn = async (role: string) => {
    await page.goto(`${base}/sign-in`);
    await page.evaluate('sessionStorage.clear()');
    if (!withTokens) return;
    await page.reload();
    await page.getByLabel('Access token').fill(token(role));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sign out' }).waitFor();
  };
  const show = async (period: string) => {
    await page.goto(`${base}/coverage`);
    await page.getByRole('heading', { name: 'Return coverage and workforce planning' }).waitFor();
    await page.waitForSelector('main[data-state="ready"]');
    await page.getByLabel('Period', { exact: true }).selectOption(period);
    await page.getByRole('button', { name: 'Show figures' }).click();
    await page.waitForSelector('main[data-state="ready"]');
  };

  it('analyst: coverage by local authority, the locations without a return, and the projected posts', async () => {
    await signIn('analyst');
    await show('2024-25');
    expect(await tableRows(page, '#coverage table')).toEqual({
      Bradford: ['2', '1', '50.0%', '1', '0', 'fewer than 10'],
      Leeds: ['4', '2', '50.0%', '3', '1', 'fewer than 10'],
    });
    expect(await paintedPixels(page, '#coverage canvas')).toBeGreaterThan(500);
    const gaps = await tableRows(page, '#gaps table');
    expect(Object.keys(gaps)).toEqual(['Cedar', 'Ivy', 'Moor']);
    expect(gaps.Moor).toEqual(['1-100000302', 'BD9 9ZZ', 'Bradford', 'Moor Ltd', 'Homecare agencies', '2023-24', 'no']);
    expect(await page.locator('#gaps [role="status"]').textContent()).toContain('3 registered locations have no return for 2024-25');
    // Leeds × 1.2 + Bradford × 1.2 in 2030; Leeds × 1.4 + Bradford × 1.6 in 2040, from 20 estimated posts (docs/planning.md)
    const projection = await tableRows(page, '#projection table');
    expect(Object.fromEntries(Object.entries(projection).map(([year, cells]) => [year, cells.slice(0, 3)]))).toEqual({
      2025: ['20', '20', '0'], 2030: ['20', '24', '4'], 2035: ['20', '26', '6'], 2040: ['20', '29', '9'],
    });
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#gaps').getByRole('button', { name: 'Download the whole list (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toBe('coverage-gaps-2024-25.csv');
    await screenshot(page, 'coverage-analyst');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('BI token: coverage figures, but the list of locations is refused with a message', async () => {
    if (!withTokens) return;
    await signIn('bi');
    await show('2024-25');
    expect(Object.keys(await tableRows(page, '#coverage table'))).toEqual(['Bradford', 'Leeds']);
    expect(await page.locator('#gaps [role="alert"]').textContent()).toContain('You do not have access to this');
  });
});
