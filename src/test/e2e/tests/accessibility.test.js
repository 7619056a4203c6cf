import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { DESKTOP, PHONE, launch, openPage } from './browser.js';

// axe-core's WCAG 2 A and AA rules (contrast, labels, names, landmarks, ARIA), run inside each page once it has content.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function violations(page) {
  await page.evaluate(AXE); // through the debugging protocol: the page's own CSP still holds for everything else
  const results = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  return results.violations.map((violation) =>
    `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`);
}

const PAGES = [
  ['search results', '/?q=sanctions', '#results article'],
  ['a statement', null, '#json-ld'],
  ['a quote check', `/check.html?${new URLSearchParams({ text: 'The United States and Russia hold 90% of all the nuclear weapons', speaker: 'Rand Paul' })}`, '#verdict'],
];

for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  for (const [what, url, ready] of PAGES) {
    test(`${what} on a ${name} has no WCAG A/AA violation that axe finds`, async () => {
      const page = await openPage(browser, viewport);
      if (url) {
        await page.goto(url);
      } else {
        await page.goto('/?q=sanctions');
        await page.locator('#results a.open-statement').first().click();
      }
      await page.locator(ready).first().waitFor();
      assert.deepEqual(await violations(page), []);
    });
  }
}

test('the speaker suggestions can be reached and chosen with the keyboard alone, with no violation while open', async () => {
  const page = await openPage(browser);
  await page.goto('/?q=sanctions');
  await page.locator('#results article').first().waitFor();
  await page.getByRole('combobox', { name: 'Speaker' }).focus();
  await page.keyboard.type('shaheen');
  await page.getByRole('option').first().waitFor();
  assert.deepEqual(await violations(page), []);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL(/attributedTo=/);
  assert.equal(await page.getByRole('listbox').isHidden(), true);
});
