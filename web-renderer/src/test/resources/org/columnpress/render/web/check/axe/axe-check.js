'use strict';
// axe-core over local pages in headless Chromium, for AxeChecker (Java). Usage: node axe-check.js PAGE.html...
// Prints one tab-separated line per finding, for Java to read without a JSON library:
//   violation PAGE RULE IMPACT SELECTOR HELP | incomplete PAGE RULE IMPACT SELECTOR HELP
//   blocked PAGE URL | checked PAGE VIOLATIONS
// Only file:, data: and blob: requests load; anything else is blocked (a test fetches nothing) and reported.
const fs = require('fs');
const { pathToFileURL } = require('url');
const puppeteer = require('puppeteer-core');

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const field = (value) => String(value === undefined || value === null ? '' : value).replace(/[\t\r\n]+/g, ' ');
const out = (...fields) => process.stdout.write(fields.map(field).join('\t') + '\n');

async function check(browser, file) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (/^(file|data|blob):/.test(url)) {
        request.continue();
      } else {
        out('blocked', file, url);
        request.abort('blockedbyclient');
      }
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 60000 });
    await page.evaluate(axeSource);
    const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations', 'incomplete'] }));
    for (const [kind, list] of [['violation', results.violations], ['incomplete', results.incomplete]]) {
      for (const rule of list) {
        for (const node of rule.nodes) {
          out(kind, file, rule.id, node.impact || rule.impact, node.target.join(' '), rule.help);
        }
      }
    }
    out('checked', file, results.violations.length);
  } finally {
    await page.close();
  }
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium',
    headless: true,
    timeout: 120000, // a busy 2-core CI machine starts Chromium slowly
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check',
      '--disable-extensions', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const file of process.argv.slice(2)) {
      await check(browser, file);
    }
  } finally {
    await browser.close();
  }
})().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(2);
});
