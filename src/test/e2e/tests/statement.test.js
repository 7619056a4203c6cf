import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PHONE, apiJson, launch, openPage, screenshot } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** From a search for "sanctions", opens the first result's statement page; answers the statement as the API has it. */
async function openFirstSanctionsResult(page) {
  await page.goto('/?q=sanctions');
  const first = page.locator('#results article').first();
  await first.waitFor();
  const id = await first.getAttribute('data-statement-id');
  await first.getByRole('link', { name: /Open statement/ }).click();
  await page.waitForURL(/statement\.html\?id=/);
  await page.locator('#statement h1').waitFor();
  return apiJson(page, `/statements/${id}`);
}

test('a statement opened from the search shows its text, speaker, role, date, topics and every source with its attribution', async () => {
  const page = await openPage(browser);
  const statement = await openFirstSanctionsResult(page);
  assert.ok(page.url().endsWith(`statement.html?id=${statement.id}`));
  assert.match(await page.locator('h1').textContent(), new RegExp(statement.speaker.name));
  assert.equal(await page.locator('blockquote.statement-text p').evaluate((paragraph) => [...paragraph.childNodes]
    .filter((node) => !node.classList?.contains('reported-label')).map((node) => node.textContent).join('')), statement.text);
  const facts = await page.locator('dl.facts').textContent();
  if (statement.speakerRole) assert.ok(facts.includes(statement.speakerRole));
  if (statement.onBehalfOf) assert.ok(facts.includes(statement.onBehalfOf.name));
  for (const topic of statement.topics) assert.ok(facts.includes(topic.name), topic.name);
  const sources = page.locator('.source-list > li');
  assert.equal(await sources.count(), statement.sources.length);
  for (const [index, source] of statement.sources.entries()) {
    assert.equal(await sources.nth(index).locator('a.source-link').getAttribute('href'), source.url);
    if (source.attribution) assert.ok((await sources.nth(index).textContent()).includes(source.attribution));
  }
  assert.deepEqual(page.errors, []);
});

test('following a source link goes to the source URL itself', async () => {
  const page = await openPage(browser);
  const statement = await openFirstSanctionsResult(page);
  const link = page.locator('a.source-link').first();
  const href = await link.getAttribute('href');
  assert.equal(href, statement.sources[0].url);
  assert.match(href, /^https?:\/\//);
  // No internet here: the outlet's site is stood in for by a blank page, and the test checks where the browser went.
  await page.route(`${new URL(href).origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>source</title>' }));
  await Promise.all([page.waitForURL(href), link.click()]);
  assert.equal(page.url(), href);
});

test('the statement page shows the history and a cite box with the JSON-LD, a plain citation and the raw JSON link', async () => {
  const page = await openPage(browser);
  const statement = await openFirstSanctionsResult(page);
  const history = await apiJson(page, `/statements/${statement.id}/history`);
  const rows = page.locator('table.history tbody tr');
  assert.equal(await rows.count(), history.length);
  assert.match(await rows.last().textContent(), /Created/);

  const jsonLd = JSON.parse(await page.locator('#json-ld').textContent());
  assert.equal(jsonLd['@type'], 'Quotation');
  assert.equal(jsonLd.text, statement.text);
  assert.equal(jsonLd.spokenByCharacter.name, statement.speaker.name);

  const citation = await page.locator('#plain-citation').textContent();
  assert.ok(citation.includes(statement.speaker.name));
  assert.ok(citation.includes(statement.text));
  assert.ok(citation.includes(statement.sources[0].url));

  const raw = await page.getByRole('link', { name: 'Raw JSON from the API' }).getAttribute('href');
  assert.ok(raw.endsWith(`/api/v1/statements/${statement.id}`));
  const response = await page.request.get(raw);
  assert.equal((await response.json()).id, statement.id);
  await screenshot(page, 'statement-desktop');
  assert.deepEqual(page.errors, []);
});

test('an unknown statement id shows the API problem, not a blank page', async () => {
  const page = await openPage(browser);
  await page.goto('/statement.html?id=00000000-0000-0000-0000-000000000000');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /404/);
  assert.match(await page.locator('h1').textContent(), /could not be shown/);
});

test('the statement page reads on a phone without sideways scrolling', async () => {
  const page = await openPage(browser, PHONE);
  await openFirstSanctionsResult(page);
  await page.locator('#json-ld').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  await screenshot(page, 'statement-phone');
  assert.deepEqual(page.errors, []);
});
