// Runs axe-core on a page in Debian's Chromium (never a downloaded browser) and fails on any
// serious or critical violation. At each width it also checks that no number is broken: every
// figure value (.figure-value) is one line box and fits its card. With --screenshots DIR it
// also saves how the page looks at desktop and phone widths, in the light and dark schemes,
// and as printed.
// Usage: node axe.mjs PAGE.html [--screenshots DIR]
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const page_path = process.argv[2];
const shots = process.argv.indexOf('--screenshots') > 0 ? process.argv[process.argv.indexOf('--screenshots') + 1] : null;
const axe = readFileSync(join(fileURLToPath(new URL('.', import.meta.url)), 'node_modules/axe-core/axe.min.js'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync',
        ],
});
let failed = 0;
let figures_checked = 0;
const requests = [];

// In the page: each .figure-value must be one line box (its height under one and a half times
// its line height, and each of its texts in one box) and must not overflow its card.
function figures_broken() {
  const problems = [];
  const values = [...document.querySelectorAll('.figure-value')];
  for (const el of values) {
    const text = el.textContent.replace(/\s+/g, ' ').trim();
    const style = getComputedStyle(el);
    const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
    const height = el.getBoundingClientRect().height;
    if (height >= 1.5 * line) problems.push({ text, why: `is ${height.toFixed(1)} px high, more than one line of ${line.toFixed(1)} px` });
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const boxes = [...range.getClientRects()].filter(r => r.width > 0);
      if (boxes.length !== 1) problems.push({ text, why: `has its text "${node.textContent.trim()}" in ${boxes.length} line boxes` });
    }
    if (el.scrollWidth > el.clientWidth + 1) problems.push({ text, why: `is ${el.scrollWidth} px wide in a card ${el.clientWidth} px wide` });
  }
  return { problems, checked: values.length, headed: !!document.getElementById('key-figures') && !!document.querySelector('.figure-grid') };
}
for (const scheme of ['light', 'dark']) {
  for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]]) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
    const page = await context.newPage();
    page.on('request', r => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto(pathToFileURL(resolve(page_path)).href);
    await page.addScriptTag({ content: axe });
    const result = await page.evaluate(async () => await axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
    for (const v of result.violations) {
      console.log(`${scheme}/${name}: ${v.impact} ${v.id}: ${v.help} (${v.nodes.length} nodes)`);
      for (const n of v.nodes.slice(0, 3)) console.log(`    ${n.target.join(' ')}: ${n.failureSummary.replace(/\n/g, ' ')}`);
    }
    failed += bad.length;
    const broken = await page.evaluate(figures_broken);
    for (const b of broken.problems) console.log(`${scheme}/${name} (${width} px): figure value "${b.text}" ${b.why}`);
    if (broken.headed && broken.checked === 0) {
      console.log(`${scheme}/${name}: the page has key figures but no .figure-value to check`);
      failed += 1;
    }
    failed += broken.problems.length;
    figures_checked += broken.checked;
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: join(shots, `${name}-${scheme}.png`), fullPage: false });
      await page.screenshot({ path: join(shots, `${name}-${scheme}-full.png`), fullPage: true });
      if (name === 'desktop' && scheme === 'light') {
        await page.emulateMedia({ media: 'print' });
        await page.pdf({ path: join(shots, 'print.pdf'), format: 'A4' });
      }
    }
    await context.close();
  }
}
await browser.close();
if (requests.length) {
  console.log(`the page made ${requests.length} request(s) outside the file: ${[...new Set(requests)].join(', ')}`);
  failed += requests.length;
}
console.log(`figures: ${figures_checked} figure values checked at 1280 px and 390 px, light and dark`);
console.log(failed ? `axe: ${failed} serious or critical problem(s)` : 'axe: no serious or critical violation; no figure value broken');
process.exit(failed ? 1 : 0);
