// The HTML report in a real browser: Debian's Chromium, driven by playwright-core. It opens the
// report of the seed and the fixtures with no console error, shows the counts of --format json,
// filters by rule, searches, switches to side by side, follows a link to one document, keeps an
// article's <script> as text, and opens a report of 10,000 documents. A screenshot is saved to
// test-artifacts/report.png (`npm run screenshot` also copies it to tests/report/screenshot.png, the
// README's picture).
//
// .ci/run installs chromium; elsewhere the test is skipped with a message when it is missing.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/newsclean.js');
const CHROMIUM = process.env.NEWSCLEAN_CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) {
  console.warn(`tests/report/browser.test.ts: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium, or set NEWSCLEAN_CHROMIUM).`);
}

const HOSTILE = 'Anthony Blingen said <script>window.__xss = 1</script></style><img src=x onerror="window.__xss = 2"> twice.\n';

interface Summary {
  inputs: number;
  changed: number;
  findings: number;
}
interface JsonReport {
  files: { path: string; findings: { rule: string }[] }[];
  summary: Summary;
}

function newsclean(args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe.skipIf(!available)('the HTML report in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let json: JsonReport;
  const problems: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    dir = mkdtempSync(join(tmpdir(), 'newsclean-browser-'));
    writeFileSync(join(dir, 'hostile <b>.txt'), HOSTILE);
    const inputs = [join(root, 'seeds'), join(root, 'fixtures/articles'), join(root, 'fixtures/clean'), join(dir, 'hostile <b>.txt')];
    const run = newsclean(['--check', '--format', 'json', '--report', join(dir, 'report.html'), ...inputs]);
    expect(run.code, run.stderr).toBe(1);
    json = JSON.parse(run.stdout) as JsonReport;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string, hash = ''): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${file}: console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${file}: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`${file}: dialog ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) problems.push(`${file}: request ${request.url()}`);
    });
    await page.goto(pathToFileURL(join(dir, file)).href + hash);
    await page.waitForSelector('html[data-ready="true"]');
    return page;
  }

  const counts = (page: Page) =>
    page.$$eval('[data-count]', (nodes) => Object.fromEntries(nodes.map((node) => [node.getAttribute('data-count'), node.textContent])));

  it('opens with no console error and shows the counts of --format json', async () => {
    const page = await open('report.html');
    const shown = await counts(page);
    expect(shown.inputs).toBe(json.summary.inputs.toLocaleString('en-US'));
    expect(shown.changed).toBe(json.summary.changed.toLocaleString('en-US'));
    expect(shown.findings).toBe(json.summary.findings.toLocaleString('en-US'));
    const withFindings = json.files.filter((file) => file.findings.length > 0).length;
    expect(await page.getAttribute('#documents', 'data-shown')).toBe(String(withFindings));
    expect(await page.locator('article.doc').count()).toBe(Math.min(20, withFindings));
    // Most findings first.
    const most = Math.max(...json.files.map((file) => file.findings.length));
    expect(await page.locator('article.doc .count').first().textContent()).toBe(`${most} findings`);
    mkdirSync(join(root, 'test-artifacts'), { recursive: true });
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.screenshot({ path: join(root, 'test-artifacts/report.png') });
    if (process.env.NEWSCLEAN_SCREENSHOT) copyFileSync(join(root, 'test-artifacts/report.png'), process.env.NEWSCLEAN_SCREENSHOT);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a rule filter leaves only that rule’s edits, and a second click brings the others back', async () => {
    const page = await open('report.html');
    const rule = 'names';
    const withRule = json.files.filter((file) => file.findings.some((f) => f.rule === rule)).length;
    await page.click(`.rule-filter[data-rule="${rule}"]`);
    expect(await page.getAttribute(`.rule-filter[data-rule="${rule}"]`, 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('#documents', 'data-shown')).toBe(String(withRule));
    const rules = await page.$$eval('#documents .edit', (nodes) => nodes.map((node) => node.getAttribute('data-rules')));
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.filter((r) => !r!.split(' ').includes(rule))).toEqual([]);
    const notes = await page.$$eval('#documents .notes code', (nodes) => [...new Set(nodes.map((node) => node.textContent))]);
    expect(notes).toEqual([rule]);
    await page.locator('#documents').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(root, 'test-artifacts/report-filtered.png') });

    await page.click(`.rule-filter[data-rule="${rule}"]`);
    const all = await page.$$eval('#documents .edit', (nodes) => new Set(nodes.flatMap((node) => node.getAttribute('data-rules')!.split(' '))).size);
    expect(all).toBeGreaterThan(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('searches, shows side by side, and keeps an article’s markup as text', async () => {
    const page = await open('report.html');
    await page.fill('#search', 'window.__xss');
    await expect.poll(() => page.getAttribute('#documents', 'data-shown')).toBe('1');
    const doc = page.locator('article.doc');
    expect(await doc.locator('header a').textContent()).toBe(join(dir, 'hostile <b>.txt'));
    expect(await doc.locator('.text').textContent()).toContain('<script>window.__xss = 1</script></style><img src=x');
    expect(await page.evaluate(() => (globalThis as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('#documents img, #documents script, #documents b').count()).toBe(0);

    await page.check('#side-by-side');
    expect(await doc.locator('.sbs .before del').first().textContent()).toBe('Anthony Blingen');
    expect(await doc.locator('.sbs .after ins').first().textContent()).toBe('Antony Blinken');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens the document a link names, on whatever page it is', async () => {
    const last = json.files.filter((file) => file.findings.length > 0).at(-1)!.path;
    const page = await open('report.html', `#${encodeURIComponent(last)}`);
    const target = page.locator('article.doc.target');
    expect(await target.count()).toBe(1);
    expect(await target.getAttribute('data-label')).toBe(last);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a report of 10,000 documents and pages through it', { timeout: 120_000 }, async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) =>
      JSON.stringify({ id: i, text: i % 3 === 2 ? `A clean line number ${i}.` : `Toss reports that Anthony Blingen met  Lavrov, item ${i}.` }),
    );
    writeFileSync(join(dir, 'corpus.jsonl'), `${lines.join('\n')}\n`);
    const run = newsclean(['--jsonl', '--check', '--report', join(dir, 'big.html'), join(dir, 'corpus.jsonl')]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/report .*big\.html: 6667 document\(s\) with findings, 6667 of 10000 changed, [\d.]+ MB/);
    const page = await open('big.html');
    expect((await counts(page)).inputs).toBe('10,000');
    expect(await page.locator('article.doc').count()).toBe(20);
    expect(await page.textContent('#status-top')).toBe('documents 1–20 of 6667 · page 1 of 334');
    await page.click('#next-top');
    expect(await page.textContent('#status-top')).toBe('documents 21–40 of 6667 · page 2 of 334');
    await page.fill('#search', 'item 9999.');
    await expect.poll(() => page.getAttribute('#documents', 'data-shown')).toBe('1');
    expect(problems).toEqual([]);
    await page.close();
  });
});
