import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PHONE, launch, openPage, screenshot } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// From the sample data: a line Sergio Gor said for Rand Paul (told The Daily Beast).
const CUT_QUOTE = 'the United States and Russia hold more than 90% of all nuclear weapons';
const MISQUOTED = 'The United States and Russia hold 90% of all the nuclear weapons';

async function check(page, text, speaker) {
  await page.goto('/check.html');
  await page.getByLabel('The quote').fill(text);
  if (speaker) await page.getByRole('combobox', { name: /Attributed to/ }).fill(speaker);
  await page.getByRole('button', { name: 'Check the quote' }).click();
  await page.locator('#verdict').waitFor();
}

test('a quote cut from a longer statement is verified as an EXCERPT, with the matching words marked', async () => {
  const page = await openPage(browser);
  await check(page, CUT_QUOTE, 'Sergio Gor');
  assert.equal(await page.locator('.verdict-word').textContent(), 'VERIFIED');
  assert.match(await page.locator('.verdict-explanation').textContent(), /part of a longer statement/);
  assert.match(await page.locator('.verdict-explanation').textContent(), /First published by The Daily Beast on 25 September 2018\./);
  const match = page.locator('section.match').first();
  assert.equal(await match.getAttribute('data-match'), 'EXCERPT');
  assert.equal(await match.locator('.match-kind').textContent(), 'EXCERPT');
  assert.equal((await match.locator('blockquote mark').textContent()).toLowerCase(), CUT_QUOTE.toLowerCase());
  assert.match(page.url(), /check\.html\?text=/);
  await screenshot(page, 'check-desktop');
  assert.deepEqual(page.errors, []);
});

test('a spokesperson\'s misquoted words given to the principal are SAID ON BEHALF, naming who spoke, with the word differences', async () => {
  const page = await openPage(browser);
  await check(page, MISQUOTED, 'Rand Paul');
  assert.equal(await page.locator('.verdict-word').textContent(), 'SAID ON BEHALF');
  const explanation = await page.locator('.verdict-explanation').textContent();
  assert.match(explanation, /said on behalf of Rand Paul by Sergio Gor, not by Rand Paul in person/);
  const match = page.locator('section.match').first();
  assert.equal(await match.locator('.match-kind').textContent(), 'NEAR');
  const inline = match.locator('.diff-inline');
  assert.deepEqual(await inline.locator('del').evaluateAll((nodes) => nodes.map((node) => node.lastChild.previousSibling.textContent)),
    ['more', 'than']);
  assert.deepEqual(await inline.locator('ins').evaluateAll((nodes) => nodes.map((node) => node.lastChild.previousSibling.textContent)),
    ['the']);
  assert.equal(await match.locator('.card-heading').evaluate((heading) => heading.firstChild.textContent), 'Sergio Gor');
  assert.deepEqual(page.errors, []);
});

test('a shared check link runs the check again, and reads on a phone', async () => {
  const page = await openPage(browser, PHONE);
  const params = new URLSearchParams({ text: MISQUOTED, speaker: 'Rand Paul' });
  await page.goto(`/check.html?${params}`);
  await page.locator('#verdict').waitFor();
  assert.equal(await page.locator('.verdict-word').textContent(), 'SAID ON BEHALF');
  assert.equal(await page.getByLabel('The quote').inputValue(), MISQUOTED);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  await screenshot(page, 'check-phone');
  assert.deepEqual(page.errors, []);
});

test('the same words given to someone who had nothing to do with them are MISATTRIBUTED, naming who said them', async () => {
  const page = await openPage(browser);
  await check(page, MISQUOTED, 'Jeanne Shaheen');
  assert.equal(await page.locator('.verdict-word').textContent(), 'MISATTRIBUTED');
  assert.match(await page.locator('.verdict-explanation').textContent(), /said by Sergio Gor on behalf of Rand Paul, not by Jeanne Shaheen/);
  assert.deepEqual(page.errors, []);
});

test('an empty quote shows the API problem and marks the quote box', async () => {
  const page = await openPage(browser);
  await page.goto('/check.html');
  await page.getByRole('button', { name: 'Check the quote' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /text/);
  assert.equal(await page.getByLabel('The quote').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#verdict').count(), 0);
});

test('the speaker box suggests speakers for a misspelt name', async () => {
  const page = await openPage(browser);
  await page.goto('/check.html');
  const box = page.getByRole('combobox', { name: /Attributed to/ });
  await box.pressSequentially('sergio gorr', { delay: 20 });
  await page.getByRole('option', { name: /Sergio Gor/ }).click();
  assert.equal(await box.inputValue(), 'Sergio Gor');
  assert.equal(await box.getAttribute('aria-expanded'), 'false');
});
