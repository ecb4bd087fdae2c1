import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../../../src/paths';

/** Debian's Chromium (`apt-get install -y chromium`; .ci/run installs it); playwright never downloads a browser here. */
export const CHROMIUM = process.env.WFHUB_CHROMIUM || '/usr/bin/chromium';
export const ARTIFACTS = join(projectRoot, 'test', 'e2e', 'artifacts');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run \`apt-get install -y chromium\` (or set WFHUB_CHROMIUM)`);
  if (!existsSync(join(projectRoot, 'dist', 'web', 'index.html'))) throw new Error('dist/web is not built: run `npm run build` first');
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** Full-page screenshot kept as a test artefact (test/e2e/artifacts, git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Pixels a canvas has drawn (not transparent): a chart that rendered has thousands. */
export async function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.evaluate(`(() => {
    const c = document.querySelector(${JSON.stringify(selector)});
    if (!c || !c.width || !c.height) return 0;
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
    return n;
  })()`);
}

/** A table's body as text cells, keyed by the row header (first cell). */
export async function tableRows(page: Page, selector: string): Promise<Record<string, string[]>> {
  return page.evaluate(`(() => {
    const rows = [...document.querySelectorAll(${JSON.stringify(`${selector} tbody tr`)})];
    return Object.fromEntries(rows.map((r) => { const cells = [...r.children].map((c) => c.textContent.trim()); return [cells[0], cells.slice(1)]; }));
  })()`);
}

/** Column headers of a table. */
export async function tableHead(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(`[...document.querySelectorAll(${JSON.stringify(`${selector} thead th`)})].map((c) => c.textContent.trim())`);
}

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** axe-core's WCAG 2.1 A/AA checks on the page as it stands (the engine is injected from the installed package). */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // evaluated through the DevTools protocol, which the pages' Content-Security-Policy (no inline scripts) does not govern
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })`) as { violations: AxeViolation[] };
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
}

/** Waits until a page expression is true (polled from here: the pages' Content-Security-Policy forbids eval inside them). */
export async function waitForCondition(page: Page, expression: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
