#!/usr/bin/env node
// End-to-end tests of the dashboard in headless Chromium (Debian's chromium package), driven
// by playwright-core from web/node_modules. No browser is downloaded.
//
//   node tests/web/e2e.mjs --factwire build/factwire [--out build/web-e2e] [--keep]
//
// Starts `factwire serve` on a free loopback port with a new corpus, ingests the examples and
// a hostile article through the API, then searches, opens articles, checks the highlights,
// checks that no script from an article runs, visits every view and saves screenshots under
// --out. Exits 0 when every check passes, 1 when one fails, 77 (skipped) when chromium,
// web/node_modules or the built dashboard (web/dist) is missing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const SKIP = 77;
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : def;
};
const factwire = path.resolve(opt('--factwire', path.join(repo, 'build/factwire')));
const outDir = path.resolve(opt('--out', path.join(repo, 'build/web-e2e')));
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const dist = path.join(repo, 'web/dist');

function skip(why) {
  console.log(`SKIP: ${why}`);
  process.exit(SKIP);
}
if (!fs.existsSync(chromiumPath)) skip(`no ${chromiumPath} (apt-get install chromium)`);
if (!fs.existsSync(path.join(repo, 'web/node_modules/playwright-core'))) skip('no web/node_modules (run web/build.sh)');
if (!fs.existsSync(path.join(dist, 'index.html'))) skip('no web/dist (run web/build.sh)');
if (!fs.existsSync(factwire)) skip(`no ${factwire}`);

const require = createRequire(path.join(repo, 'web/package.json'));
const { chromium } = require('playwright-core');

const TOKEN = 'e2e-token-' + Math.random().toString(36).slice(2);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fw-e2e-'));
fs.mkdirSync(outDir, { recursive: true });

// --- the server ------------------------------------------------------------------------------
function startServer() {
  return new Promise((resolve, reject) => {
    const p = spawn(factwire, ['serve', '--db', path.join(tmp, 'corpus.db'), '--port', '0', '--token', TOKEN,
      '--no-models', '--static', dist, '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${err}`)), 30000);
    p.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/[^\s]+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ proc: p, url: m[1] });
      }
    });
    p.stderr.on('data', (d) => { err += d; });
    p.on('exit', (code) => reject(new Error(`the server exited (${code}): ${err}`)));
  });
}

async function ingest(base, body, type, query = '') {
  const res = await fetch(`${base}/api/ingest${query}`, {
    method: 'POST', headers: { 'Content-Type': type, Authorization: `Bearer ${TOKEN}` }, body,
  });
  const j = await res.json();
  if (res.status !== 200) throw new Error(`ingest ${res.status}: ${JSON.stringify(j)}`);
  return j;
}

// --- checks ----------------------------------------------------------------------------------
const results = [];
async function check(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.push({ name, ok: false, error: String(e && e.stack ? e.stack : e) });
    console.log(`FAIL ${name}: ${e && e.message ? e.message : e}`);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

let server;
let context;
try {
  server = await startServer();
  const base = server.url;
  const ex = (f) => fs.readFileSync(path.join(repo, 'examples', f));
  await ingest(base, ex('wire-stories.jsonl'), 'application/x-ndjson');
  await ingest(base, ex('seed-article.txt'), 'text/plain', '?id=seed-article&published=2026-03-05&source=example.org');
  await ingest(base, ex('flood-relief.html'), 'text/html', '?id=flood-relief&published=2026-03-04');
  await ingest(base, JSON.stringify({
    id: 'hostile', published: '2026-03-06', url: 'javascript:window.xssfired=9',
    title: 'Hostile <script>window.xssfired=4</script> xsscanary <img src=x onerror="window.xssfired=5">',
    text: 'Officials said the xsscanary report was false. <script>window.xssfired=1</script> ' +
      '<img src=x onerror="window.xssfired=2"> The mayor said 12 people were injured in the attack. ' +
      '"We will <b onmouseover=window.xssfired=3>rebuild</b> the town," the mayor said.',
  }), 'application/json');

  const profile = fs.mkdtempSync(path.join(tmp, 'profile-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1360, height: 900 },
  });
  const page = context.pages()[0] || (await context.newPage());
  const pageErrors = [];
  const cspViolations = [];
  const offsite = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('dialog', async (d) => {
    pageErrors.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon/.test(m.text())) pageErrors.push(`console: ${m.text()}`);
    if (/Content Security Policy/.test(m.text())) cspViolations.push(m.text());
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) offsite.push(r.url());
  });
  const shot = (name) => page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
  const xss = () => page.evaluate(() => window.xssfired);

  await check('home page loads with the corpus counts', async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector('.stat-n');
    const stats = await page.textContent('#corpus-stats');
    assert(/6 documents/.test(stats), `header says "${stats}"`);
    await shot('home');
  });

  await check('search from the form shows highlighted snippets and facets', async () => {
    await page.goto(`${base}/#/search`);
    await page.fill('input[name=q]', 'talks');
    await page.press('input[name=q]', 'Enter');  // the keyboard submits
    await page.waitForSelector('.hit');
    const hits = await page.$$eval('.hit', (els) => els.length);
    assert(hits >= 2, `${hits} hits for "talks"`);
    const marks = await page.$$eval('.snippet mark', (els) => els.map((e) => e.textContent.toLowerCase()));
    assert(marks.some((m) => m.includes('talks')), `marks: ${marks.join(', ')}`);
    assert(await page.$('.facets .facet-month li'), 'no date facet');
    assert(await page.$('.facets .facet a'), 'no source facet link');
    assert(await page.$('.facets .facet-entity a'), 'no entity facet link');
    await shot('search');
    // A facet narrows the search: the entity facet becomes a filter chip, with as many hits or fewer.
    await page.click('.facets .facet-entity a');
    await page.waitForSelector('.facets .chip');
    const chip = await page.textContent('.facets .chip');
    assert(/entity:/.test(chip), `chip "${chip}"`);
    await page.waitForSelector('.hit');
    const narrowed = await page.$$eval('.hit', (els) => els.length);
    assert(narrowed >= 1 && narrowed <= hits, `${narrowed} hits after the entity facet (${hits} before)`);
  });

  await check('an article shows its quotes, speakers, figures, entities and events highlighted', async () => {
    await page.goto(`${base}/#/search?q=Hezbollah`);
    await page.waitForSelector('.hit-title');
    await page.click('.hit-title');
    await page.waitForSelector('.article .para');
    const count = (sel) => page.$$eval(sel, (els) => els.length);
    const q = await count('.article .hl-quote'), f = await count('.article .hl-figure');
    const e = await count('.article .hl-entity'), ev = await count('.article .hl-event');
    const sp = await count('.article .speaker-tag');
    assert(q > 0 && f > 0 && e > 0 && sp > 0, `quotes ${q}, figures ${f}, entities ${e}, speakers ${sp}`);
    assert(ev > 0, `events ${ev}`);
    assert(await count('.article .pull-quote') > 0, 'pull quotes are not set apart');
    // A figure opens its record.
    await page.click('.article .hl-figure');
    await page.waitForSelector('.record-figure');
    const rec = await page.textContent('.record-panel');
    assert(/Figure/.test(rec) && /Value/.test(rec), `record: ${rec.slice(0, 120)}`);
    // A speaker tag opens the quote's record, with the speaker.
    await page.click('.article .speaker-tag');
    await page.waitForSelector('.record-quote');
    assert(/Speaker/.test(await page.textContent('.record-panel')), 'quote record without a speaker');
    await shot('article');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(outDir, 'article-top.png') });
  });

  await check('highlights work from the keyboard', async () => {
    await page.focus('.article .hl[role=button]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.record');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.className);
    assert(String(focused).length > 0, 'focus was lost after Tab');
  });

  await check('a hostile article is shown as text and its scripts never run', async () => {
    await page.goto(`${base}/#/search?q=xsscanary`);
    await page.waitForSelector('.hit-title');
    const title = await page.textContent('.hit-title');
    assert(title.includes('<script>'), `title shown as "${title}"`);
    await page.click('.hit-title');
    await page.waitForSelector('.article .para');
    const text = await page.textContent('.article');
    assert(text.includes('<script>window.xssfired=1</script>'), 'the markup is not shown as text');
    assert(text.includes('onerror='), 'the onerror attribute is not shown as text');
    await page.hover('.article .para >> nth=-1');
    await page.waitForTimeout(300);
    assert((await xss()) === undefined, `window.xssfired = ${await xss()}`);
    const injected = await page.evaluate(() => ({
      imgs: document.querySelectorAll('img').length,
      scripts: [...document.scripts].map((s) => s.src),
      b: document.querySelectorAll('.article b').length,
      jsLinks: [...document.querySelectorAll('a')].filter((a) => /^javascript:/i.test(a.getAttribute('href') || '')).length,
    }));
    assert(injected.imgs === 0, `${injected.imgs} <img> elements in the page`);
    assert(injected.b === 0, 'a <b> element from the article');
    assert(injected.scripts.length === 1 && injected.scripts[0].endsWith('/app.js'), `scripts: ${injected.scripts}`);
    assert(injected.jsLinks === 0, 'a javascript: link');
    await shot('hostile');
  });

  await check('the analyze box analyses pasted HTML at once, without running it', async () => {
    await page.goto(`${base}/#/analyze`);
    await page.waitForSelector('#analyze-text');
    await page.fill('#analyze-text', '<html><head><title>Floods hit the valley</title></head><body><article>' +
      '<h1>Floods hit the valley</h1><p>At least 40 people were killed and 3,000 displaced by floods in the valley, ' +
      'the governor said on Monday.</p><p>"We need help now," said Governor Maria Lopez. <img src=x onerror="window.xssfired=6"></p>' +
      '<script>window.xssfired=7</script></article></body></html>');
    await page.click('.analyze-form button[type=submit]');
    await page.waitForSelector('.analysis .article .para');
    const f = await page.$$eval('.analysis .hl-figure', (els) => els.map((e) => e.textContent));
    const q = await page.$$eval('.analysis .hl-quote', (els) => els.length);
    assert(f.length >= 1, `figures: ${f}`);
    assert(q >= 1, `quotes: ${q}`);
    assert((await xss()) === undefined, `window.xssfired = ${await xss()}`);
    await shot('analyze');
  });

  for (const [view, sel] of [['quotes', '.lanes, .empty'], ['figures', '.bars'], ['events', '.network'], ['map', '.map .land path']]) {
    await check(`the ${view} view draws its chart`, async () => {
      await page.goto(`${base}/#/${view}`);
      await page.waitForSelector(sel, { timeout: 15000 });
      await page.waitForTimeout(200);
      await shot(view);
    });
  }

  await check('a figure bar leads to its figures and their sentences', async () => {
    await page.goto(`${base}/#/figures`);
    await page.waitForSelector('.bars .bar[role=button]');
    await page.focus('.bars .bar[role=button]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /sel=1/.test(window.location.hash));
    await page.waitForSelector('table.rows a[href*="kind=figure"]');
    await page.click('table.rows a[href*="kind=figure"]');
    await page.waitForSelector('.record-figure');
    await shot('figure-sentence');
  });

  await check('an entity profile opens from a highlight', async () => {
    await page.goto(`${base}/#/entity/Lebanon`);
    await page.waitForSelector('.panel h2');
    const h = await page.$$eval('.panel h2', (els) => els.map((e) => e.textContent));
    assert(h.includes('Mentions over time'), `sections: ${h}`);
    await shot('entity');
  });

  await check('no page errors, no CSP violations, nothing fetched from elsewhere', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
    assert(cspViolations.length === 0, cspViolations.join('\n'));
    assert(offsite.length === 0, offsite.join('\n'));
    assert((await xss()) === undefined, 'window.xssfired was set');
  });
} catch (e) {
  results.push({ name: 'setup', ok: false, error: String(e && e.stack ? e.stack : e) });
  console.log(`FAIL setup: ${e && e.stack ? e.stack : e}`);
} finally {
  if (context) await context.close().catch(() => {});
  if (server) server.proc.kill('SIGTERM');
  if (!args.includes('--keep')) fs.rmSync(tmp, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok);
fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(results, null, 2));
console.log(`${results.length - failed.length}/${results.length} checks passed; screenshots in ${outDir}`);
process.exit(failed.length ? 1 : 0);
