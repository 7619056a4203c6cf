import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, launch, openPage } from './browser.js';

// Needs an editor or admin key to store a statement: .ci/e2e starts the service with one and passes it here.
const KEY = process.env.VERBATIM_E2E_API_KEY;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('markup in a statement is shown as text on every page and never runs', { skip: !KEY && 'VERBATIM_E2E_API_KEY is not set' }, async () => {
  const page = await openPage(browser);
  const word = `zanzibarite${Date.now()}`;
  const text = `Beware <img src=x onerror="window.pwned = 1"> and <script>window.pwned = 2</script> <mark>fake</mark> ${word} & co`;
  const created = await page.request.post(`${BASE_URL}/api/v1/statements`, {
    headers: { Authorization: `Bearer ${KEY}` },
    data: {
      text,
      kind: 'DIRECT',
      speaker: { name: 'E2E <b>Markup</b> Tester', kind: 'PERSON' },
      speakerRole: '<i>role</i>',
      saidOn: '2020-01-01',
      sources: [{ url: `https://example.org/e2e/${word}`, outlet: '<em>Outlet</em>', attribution: '<u>said</u>' }],
    },
  });
  assert.equal(created.status(), 201, await created.text());
  const statement = await created.json();

  await page.goto(`/?q=${word}`);
  const card = page.locator('#results article').first();
  await card.waitFor();
  assert.equal(await page.locator('#results img, #results script, #results b, #results i, #results em, #results u').count(), 0);
  const quote = card.locator('blockquote p');
  assert.equal(await quote.textContent(), text);
  // Only the search match is marked; the <mark> typed into the statement stays text.
  assert.deepEqual(await quote.locator('mark').allTextContents(), [word]);
  assert.match(await card.locator('.card-heading').textContent(), /E2E <b>Markup<\/b> Tester, <i>role<\/i>/);

  await page.goto(`/statement.html?id=${statement.id}`);
  await page.locator('#json-ld').waitFor();
  assert.equal(await page.locator('main img, main script, main b, main i, main u').count(), 0);
  assert.equal(await page.locator('blockquote.statement-text p').textContent(), text);

  await page.goto(`/check.html?${new URLSearchParams({ text: `<img src=x onerror="window.pwned = 3"> ${word}` })}`);
  await page.locator('#verdict').waitFor();
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(page.errors, []);
});
