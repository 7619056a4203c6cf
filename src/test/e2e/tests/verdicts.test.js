import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, launch, openPage, screenshot } from './browser.js';

// Needs an editor or admin key to store a statement and its fact-check: .ci/e2e passes one.
const KEY = process.env.VERBATIM_E2E_API_KEY;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function post(page, path, data) {
  const answer = await page.request.post(`${BASE_URL}/api/v1${path}`, {
    headers: { Authorization: `Bearer ${KEY}` }, data,
  });
  assert.equal(answer.status(), 201, await answer.text());
  return answer.json();
}

test('fact-check verdicts show as badges on cards and the statement page, and filter and count the search', { skip: !KEY && 'VERBATIM_E2E_API_KEY is not set' }, async () => {
  const page = await openPage(browser);
  const word = `quixotrel${Date.now()}`;
  const speaker = `E2E Verdict Speaker ${word}`;
  const checked = await post(page, '/statements', {
    text: `The ${word} dam produces half of the electricity of the whole region.`,
    kind: 'DIRECT', speaker: { name: speaker, kind: 'PERSON' }, saidOn: '2021-06-01',
    sources: [{ url: `https://example.org/e2e/${word}/1`, outlet: 'E2E Gazette' }],
  });
  await post(page, '/statements', {
    text: `The ${word} festival is back next year.`,
    kind: 'DIRECT', speaker: { name: speaker, kind: 'PERSON' }, saidOn: '2021-05-01',
    sources: [{ url: `https://example.org/e2e/${word}/2`, outlet: 'E2E Gazette' }],
  });
  const review = await post(page, '/reviews', {
    claimReviewed: `The ${word} dam produces half of the electricity of the whole region`,
    claimant: speaker, url: `https://factcheck.example.org/e2e/${word}`, datePublished: '2021-06-03',
    publisher: { name: 'E2E Fact Desk' }, rating: { label: 'Pants on Fire!' },
  });
  assert.equal(review.linked, true);
  assert.equal(review.statement.id, checked.id);

  await page.goto(`/?q=${word}`);
  await page.locator('#results article').nth(1).waitFor();
  const badge = page.locator(`#results article[data-statement-id="${checked.id}"] .verdict`);
  assert.equal(await badge.count(), 1);
  assert.equal(await badge.getAttribute('data-verdict'), 'FALSE');
  assert.match(await badge.textContent(), /False \(“Pants on Fire!”\) · E2E Fact Desk/);
  assert.equal(await badge.getAttribute('href'), `https://factcheck.example.org/e2e/${word}`);
  const facet = page.locator('.facet button[data-facet="verdict"]');
  assert.equal(await facet.count(), 1);
  assert.match(await facet.textContent(), /False\s*1/);
  await screenshot(page, 'search-verdicts');

  // The filter: only the fact-checked statement stays, and the URL says why.
  await page.evaluate(() => { document.getElementById('filters').open = true; });
  await page.locator('#verdict').selectOption('FALSE');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL(/[?&]verdict=FALSE(&|$)/);
  await page.locator('.chip', { hasText: 'Fact-checked: False' }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('#results article').length === 1);
  assert.equal(await page.locator('#results article').first().getAttribute('data-statement-id'), checked.id);

  await page.goto(`/statement.html?id=${checked.id}`);
  await page.locator('#reviews-heading').waitFor();
  assert.match(await page.locator('.reviews .verdict').textContent(), /False/);
  assert.deepEqual(page.errors, []);
});
