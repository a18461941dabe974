/**
 * The web app end to end, in Debian's Chromium against the real server over a temporary store
 * holding the sample corpus: the timeline and its filters, an event with its evidence
 * highlighted, the language switch, adding an article and seeing its events, and proof that an
 * article's markup never runs.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSkipReason, launchChromium } from './browser.js';
import { startServer, type RunningServer } from './server.js';

const skip = chromiumSkipReason();

/** An article whose text and title carry markup that would run if the app ever parsed data as HTML. */
const HOSTILE_TITLE = `<img src=x onerror="window.__xss='title';fetch('/xss-marker/title')">`;
const HOSTILE_TEXT = [
  'وزير الدفاع الإيطالي يزور الجزائر',
  '',
  'استقبل رئيس الجمهورية عبد المجيد تبون، اليوم الاثنين بمقر رئاسة الجمهورية، وزير الدفاع الإيطالي غويدو كروزيتو الذي يقوم بزيارة رسمية إلى الجزائر، وتناول اللقاء التعاون العسكري بين البلدين.',
  '',
  `وكتب أحد القراء في تعليقه <script>window.__xss='script';fetch('/xss-marker/script')</script> ثم أضاف <img src=x onerror="window.__xss='onerror';fetch('/xss-marker/onerror')"> في نهاية الرسالة التي نشرتها الصحيفة كما وردت.`,
].join('\n');

describe.skipIf(skip !== null)(`the web app in Chromium${skip ? ` (${skip})` : ''}`, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  }, 200_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A fresh page (own storage) that records script errors, for each test. */
  async function openPage(hash = '#/timeline'): Promise<Page> {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    // the app must live within the server's strict CSP: no inline script or style, nothing from elsewhere
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    await page.goto(`${server.url}/${hash}`);
    return page;
  }

  it('opens on the timeline in Arabic, right to left, and filters it by country pair', async () => {
    const p = await openPage();
    await p.waitForSelector('.timeline-item');
    expect(await p.getAttribute('html', 'lang')).toBe('ar');
    expect(await p.getAttribute('html', 'dir')).toBe('rtl');
    const all = await p.locator('.timeline-item').count();
    expect(all).toBeGreaterThan(1);

    await p.fill('#f-country', 'dz');
    await p.fill('#f-with', 'us');
    await p.click('.filters button[type=submit]');
    await p.waitForFunction(() => location.hash.includes('country=DZ') && location.hash.includes('with=US'));
    await p.waitForSelector('.timeline-item');
    const items = p.locator('.timeline-item');
    const filtered = await items.count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    // every event left involves both countries (codes are on the country links)
    for (let i = 0; i < filtered; i++) {
      const codes = await items.nth(i).locator('.countries a').evaluateAll((as) => as.map((a) => a.getAttribute('title')));
      expect(codes).toContain('DZ');
      expect(codes).toContain('US');
    }
    expect(await p.inputValue('#f-country')).toBe('DZ');
    // the README's picture: RASID_SCREENSHOT=docs/screenshot-timeline.png npx vitest run test/e2e
    if (process.env['RASID_SCREENSHOT']) await p.screenshot({ path: process.env['RASID_SCREENSHOT'] });
    expect(errors).toEqual([]);
  });

  it('opens an event with every report and the evidence highlighted in the article text', async () => {
    const p = await openPage('#/timeline?country=DZ&with=US');
    await p.waitForSelector('.timeline-item');
    await p.locator('.timeline-item .item-title a').first().click();
    await p.waitForSelector('.report-list .article-text mark');
    expect(p.url()).toContain('#/event/');
    expect(await p.locator('.report').count()).toBeGreaterThan(0);
    const report = p.locator('.report').first();
    const mark = (await report.locator('.article-text mark').first().textContent()) ?? '';
    const article = (await report.locator('.article-text').textContent()) ?? '';
    const evidence = await report.locator('blockquote.evidence').allTextContents();
    expect(mark.length).toBeGreaterThan(10);
    expect(article).toContain(mark);
    // the highlighted stretch is the evidence the report gives, cut from the article at its offsets
    expect(evidence.some((e) => e.includes(mark) || mark.includes(e))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('switches to English, left to right, and keeps the choice', async () => {
    const p = await openPage();
    await p.waitForSelector('.timeline-item');
    const arabicNav = await p.locator('nav[aria-label] a').first().textContent();
    await p.click('.lang-switch');
    await p.waitForFunction(() => document.documentElement.dir === 'ltr');
    expect(await p.getAttribute('html', 'lang')).toBe('en');
    expect(await p.locator('nav[aria-label] a').first().textContent()).toBe('Timeline');
    expect(await p.locator('h1').textContent()).toBe('Timeline');
    expect(arabicNav).not.toBe('Timeline');
    await p.waitForSelector('.timeline-item');
    expect(await p.locator('.timeline-item .badge').first().textContent()).toMatch(/^(occurred|planned|possible|denied)$/);

    await p.reload();
    await p.waitForSelector('h1');
    expect(await p.getAttribute('html', 'dir')).toBe('ltr');
    expect(await p.locator('h1').textContent()).toBe('Timeline');

    await p.click('.lang-switch');
    await p.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await p.locator('h1').textContent()).toBe(arabicNav);
    expect(errors).toEqual([]);
  });

  it('draws the actor graph, and a node opens its entity page from the keyboard', async () => {
    const p = await openPage('#/graph');
    await p.waitForSelector('svg.graph a.node');
    expect(await p.locator('svg.graph a.node').count()).toBeGreaterThan(2);
    expect(await p.locator('svg.graph .edges line').count()).toBeGreaterThan(0);
    const node = p.locator('svg.graph a.node.node-person').first();
    await node.focus();
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => location.hash.startsWith('#/entity/'));
    await p.waitForSelector('.entity-facts');
    expect(await p.locator('h1').textContent()).not.toBe('');
    expect(errors).toEqual([]);
  });

  it('adds an article through the add page and shows its events', async () => {
    const p = await openPage('#/add');
    await p.waitForSelector('#add-content');
    // a wrong token is refused, and said so
    await p.fill('#add-content', 'نص قصير');
    await p.fill('#add-token', 'not-the-token');
    await p.click('.add-form button[type=submit]');
    await p.waitForSelector('.add-status .error');

    const article = [
      'قائد أفريكوم يزور نواكشوط',
      '',
      'استقبل الرئيس الموريتاني محمد ولد الشيخ الغزواني، أمس الثلاثاء 14 مايو 2024 بنواكشوط، قائد القيادة العسكرية الأمريكية لإفريقيا الجنرال مايكل لانغلي، وبحث الجانبان التعاون الأمني بين البلدين.',
    ].join('\n');
    await p.fill('#add-content', article);
    await p.fill('#add-title', 'قائد أفريكوم يزور نواكشوط');
    await p.fill('#add-published', '2024-05-15');
    await p.fill('#add-token', server.token);
    await p.click('.add-form button[type=submit]');
    await p.waitForSelector('.results .result');
    const row = p.locator('.results .result').first();
    expect(await row.getAttribute('class')).toContain('result-stored');
    expect(Number(await row.locator('td').nth(3).textContent())).toBeGreaterThan(0);

    // the same article again is a duplicate
    await p.fill('#add-content', article);
    await p.click('.add-form button[type=submit]');
    await p.waitForSelector('.results .result-duplicate');

    // files: a JSONL batch with one good article and one line that is not an article
    const jsonl = [
      JSON.stringify({ id: 'e2e-upload-rabat', published: '2024-03-05', text: 'استقبل الوزير المنتدب المكلف بإدارة الدفاع الوطني عبد اللطيف لوديي، أمس الاثنين 4 مارس 2024 بالرباط، وزير الدفاع الفرنسي سيباستيان ليكورنو، وبحث الجانبان التعاون العسكري بين البلدين.' }),
      JSON.stringify({ nothing: 'here' }),
    ].join('\n');
    await p.setInputFiles('#add-files', { name: 'batch.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(jsonl + '\n') });
    await p.click('.add-form button[type=submit]');
    await p.waitForSelector('.results .result-failed');
    const failed = p.locator('.results .result-failed').first();
    expect(await failed.locator('code').textContent()).toMatch(/E_[A-Z_]+/);
    expect(await p.locator('.results .result-stored').count()).toBeGreaterThan(0);

    // its event page lists the new report
    const fresh = await openPage('#/timeline?country=MR');
    await fresh.waitForSelector('.timeline-item');
    await fresh.locator('.timeline-item .item-title a').first().click();
    await fresh.waitForSelector('.report');
    expect(await fresh.locator('.report-title').allTextContents()).toContain('قائد أفريكوم يزور نواكشوط');
    expect(errors).toEqual([]);
  });

  it('never runs markup from an article: its text and title are shown as written', async () => {
    const res = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ text: HOSTILE_TEXT, title: HOSTILE_TITLE, published: '2024-06-03', outlet: '<b onmouseover=alert(1)>outlet</b>' }),
    });
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as { results: { id: string; status: string; clusters: string[] }[] };
    expect(results[0]?.status).toBe('stored');
    const cluster = results[0]!.clusters[0]!;

    const p = await openPage();
    const markers: string[] = [];
    p.on('request', (r) => {
      if (r.url().includes('xss-marker')) markers.push(r.url());
    });
    p.on('dialog', (d) => {
      markers.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    for (const hash of [`#/event/${encodeURIComponent(cluster)}`, `#/document/${encodeURIComponent(results[0]!.id)}`, `#/search?q=${encodeURIComponent('كروزيتو')}`]) {
      await p.goto(`${server.url}/${hash}`);
      await p.waitForSelector('.page-body[aria-busy=false]');
      await p.waitForTimeout(300);
    }
    await p.goto(`${server.url}/#/document/${encodeURIComponent(results[0]!.id)}`);
    await p.waitForSelector('.article-text');
    const text = (await p.locator('.article-text').textContent()) ?? '';
    expect(text).toContain(`<script>window.__xss='script';fetch('/xss-marker/script')</script>`);
    expect(text).toContain(`onerror="window.__xss='onerror'`);
    expect(await p.locator('h1').textContent()).toBe(HOSTILE_TITLE);
    expect(await p.locator('main script, main img, main b').count()).toBe(0);
    expect(await p.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(markers).toEqual([]);
  });
});
