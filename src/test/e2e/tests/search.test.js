import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, PHONE, apiJson, launch, openPage, screenshot } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function searchFor(page, words) {
  await page.goto('/');
  await page.getByLabel('Words or phrase').fill(words);
  await page.getByLabel('Words or phrase').press('Enter');
  await page.locator('#summary', { hasText: new RegExp(`match(es)? “${words}”`) }).waitFor();
}

async function speakersShown(page) {
  return page.locator('#results .card-heading').evaluateAll((headings) =>
    headings.map((heading) => heading.firstChild.textContent));
}

test('serves the search page at / and lists the newest statements before any search', async () => {
  const page = await openPage(browser);
  const response = await page.goto('/');
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /^text\/html/);
  await page.locator('#summary', { hasText: 'newest first' }).waitFor();
  const listed = await apiJson(page, '/statements?limit=20');
  assert.equal(await page.locator('#results > li').count(), listed.items.length);
  assert.deepEqual(page.errors, []);
});

test('a search for "sanctions" shows highlighted matches, facets, and the query in the URL', async () => {
  const page = await openPage(browser);
  await searchFor(page, 'sanctions');
  assert.match(page.url(), /[?&]q=sanctions(&|$)/);
  const expected = await apiJson(page, '/statements?q=sanctions&limit=20');
  assert.ok(expected.total > 0, 'the sample data has statements about sanctions');
  assert.equal(await page.locator('#results > li').count(), expected.items.length);
  await page.getByText(`${expected.total} statement`).first().waitFor();
  const marks = await page.locator('#results blockquote mark').allTextContents();
  assert.ok(marks.length > 0, 'matches are marked');
  for (const mark of marks) assert.match(mark, /sanction/i);
  // The highlight is rendered as text and <mark> only: no markup of the API's string is ever parsed into the page.
  assert.equal(await page.locator('#results blockquote *:not(p):not(mark):not(.reported-label)').count(), 0);
  assert.ok(await page.locator('.facet button[data-facet="speaker"]').count() > 0, 'a speaker facet is offered');
  await screenshot(page, 'search-desktop');
  assert.deepEqual(page.errors, []);
});

test('narrowing the search to a speaker through the facet keeps only that speaker, and the URL can be shared', async () => {
  const page = await openPage(browser);
  await searchFor(page, 'sanctions');
  const facet = page.locator('.facet button[data-facet="speaker"]').first();
  const slug = await facet.getAttribute('data-value');
  const name = await facet.locator('.facet-label').textContent();
  await facet.click();
  await page.waitForURL(new RegExp(`speaker=${slug}`));
  await page.locator('#summary', { hasText: /match(es)? “sanctions”/ }).waitFor();
  await page.locator('.chip', { hasText: `Speaker: ${name}` }).waitFor();
  const shown = await speakersShown(page);
  assert.ok(shown.length > 0);
  assert.deepEqual([...new Set(shown)], [name]);
  assert.equal(await page.locator(`.facet button[data-value="${slug}"]`).getAttribute('aria-pressed'), 'true');

  // The same URL in a new page gives the same search.
  const shared = await openPage(browser);
  await shared.goto(page.url());
  await shared.locator('#summary', { hasText: /match(es)? “sanctions”/ }).waitFor();
  // The URL carries the slug; the page looks the name up for the speaker box.
  await shared.waitForFunction((expected) => document.getElementById('speaker-input').value === expected, name);
  assert.deepEqual(await speakersShown(shared), shown);
  assert.deepEqual([...page.errors, ...shared.errors], []);
});

test('the browser\'s Back button undoes a narrowing, and Forward redoes it', async () => {
  const page = await openPage(browser);
  await searchFor(page, 'sanctions');
  const before = await page.locator('#results article').count();
  const facet = page.locator('.facet button[data-facet="year"]').first();
  const year = await facet.getAttribute('data-value');
  await facet.click();
  await page.waitForURL(new RegExp(`from=${year}-01-01&to=${year}-12-31`));
  await page.locator('.chip', { hasText: `Year: ${year}` }).waitFor();
  assert.equal(await page.locator('#from').inputValue(), `${year}-01-01`);
  await page.goBack();
  await page.waitForURL((url) => !url.search.includes('from='));
  await page.locator('.chip').first().waitFor({ state: 'detached' });
  assert.equal(await page.locator('#from').inputValue(), '');
  assert.equal(await page.getByLabel('Words or phrase').inputValue(), 'sanctions');
  await page.waitForFunction((count) => document.querySelectorAll('#results article').length === count, before);
  await page.goForward();
  await page.locator('.chip', { hasText: `Year: ${year}` }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('statements made on someone\'s behalf are one click away, from a result and from a speaker filter', async () => {
  const page = await openPage(browser);
  const forPaul = await apiJson(page, '/statements?onBehalfOf=rand-paul&limit=100');
  assert.ok(forPaul.total > 0, 'the sample data has statements made on behalf of Rand Paul');
  await page.goto('/?q=%22nuclear+weapons%22');
  await page.locator('#results .on-behalf a', { hasText: 'Rand Paul' }).first().click();
  await page.waitForURL(/onBehalfOf=rand-paul/);
  await page.locator('.chip', { hasText: 'On behalf of: Rand Paul' }).waitFor();

  await page.goto('/?speaker=rand-paul');
  const hint = page.getByRole('link', { name: 'see those made on behalf of Rand Paul' });
  await hint.click();
  await page.waitForURL((url) => url.searchParams.get('onBehalfOf') === 'rand-paul' && !url.searchParams.has('speaker'));
  await page.locator('#summary', { hasText: `${forPaul.total} statement` }).waitFor();
  const headings = await page.locator('#results .card-heading').allTextContents();
  assert.equal(headings.length, forPaul.items.length);
  for (const heading of headings) assert.match(heading, /on behalf of Rand Paul/);
  assert.deepEqual(page.errors, []);
});

test('a speaker chosen in the box or through "All by" finds what they said and what was said on their behalf, naming who spoke for them', async () => {
  const page = await openPage(browser);
  const byOrFor = await apiJson(page, '/statements?attributedTo=rand-paul&limit=100');
  const forPaul = await apiJson(page, '/statements?onBehalfOf=rand-paul&limit=100');
  assert.ok(forPaul.total > 0 && byOrFor.total >= forPaul.total, 'the sample data has statements made for Rand Paul');
  await page.goto('/?q=%22nuclear+weapons%22');
  const allBy = page.locator('#results .card-actions a', { hasText: 'All by Sergio Gor' }).first();
  assert.equal(new URL(await allBy.getAttribute('href'), page.url()).searchParams.get('attributedTo'), 'sergio-gor');

  await page.goto('/?attributedTo=rand-paul');
  await page.locator('.chip', { hasText: 'By or for: Rand Paul' }).waitFor();
  await page.locator('#summary', { hasText: `${byOrFor.total} statement` }).waitFor();
  const hint = page.locator('#on-behalf-hint');
  await hint.waitFor();
  assert.match(await hint.textContent(), new RegExp(`said on Rand Paul's behalf by .*Sergio Gor \\(\\d+\\)`));
  const headings = await page.locator('#results .card-heading').allTextContents();
  assert.equal(headings.length, byOrFor.items.length);
  for (const heading of headings) assert.match(heading, /^Rand Paul|on behalf of Rand Paul/);
  await hint.getByRole('link', { name: 'see only those made on behalf of Rand Paul' }).click();
  await page.waitForURL((url) => url.searchParams.get('onBehalfOf') === 'rand-paul' && !url.searchParams.has('attributedTo'));
  await page.locator('#summary', { hasText: `${forPaul.total} statement` }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('the speaker filter looks names up as you type, misspelt, and narrows to the one chosen with the keyboard', async () => {
  const page = await openPage(browser);
  await page.goto('/?q=sanctions');
  await page.locator('#summary', { hasText: /match(es)? “sanctions”/ }).waitFor();
  const speakerBox = page.getByRole('combobox', { name: 'Speaker' });
  await speakerBox.pressSequentially('jean shaheen', { delay: 20 });
  const option = page.getByRole('option', { name: /Jeanne Shaheen/ });
  await option.waitFor();
  assert.equal(await speakerBox.getAttribute('aria-expanded'), 'true');
  await speakerBox.press('ArrowDown');
  assert.equal(await option.getAttribute('aria-selected'), 'true');
  await speakerBox.press('Enter');
  await page.waitForURL(/attributedTo=jeanne-shaheen/);
  await page.locator('.chip', { hasText: 'By or for: Jeanne Shaheen' }).waitFor();
  assert.equal(await speakerBox.inputValue(), 'Jeanne Shaheen');
  assert.deepEqual([...new Set(await speakersShown(page))], ['Jeanne Shaheen']);
  assert.deepEqual(page.errors, []);
});

test('a paraphrase is shown as reported speech, never inside quotation marks; a direct quote is', async () => {
  const page = await openPage(browser);
  const paraphrases = await apiJson(page, '/statements?kind=PARAPHRASE&limit=100');
  const direct = await apiJson(page, '/statements?kind=DIRECT&limit=1');
  assert.ok(paraphrases.total > 0 && direct.total > 0, 'the sample data has both');
  await page.goto('/?kind=PARAPHRASE&limit=100');
  await page.locator('.chip', { hasText: 'Kind: Paraphrase' }).waitFor();
  const cards = page.locator('#results blockquote');
  assert.equal(await cards.count(), paraphrases.items.length);
  for (const card of await cards.all()) {
    assert.match(await card.textContent(), /^Reported, not word for word: /);
    assert.equal(await card.locator('p').evaluate((p) => getComputedStyle(p, '::before').content), 'none');
  }
  await page.goto('/?kind=DIRECT');
  await page.locator('.chip', { hasText: 'Kind: Direct quote' }).waitFor();
  const quoted = page.locator('#results blockquote p').first();
  assert.equal(await quoted.evaluate((p) => getComputedStyle(p, '::before').content), '"“"');
  assert.equal(await page.locator('#results .reported-label').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('"Show more" fetches the next page by cursor, with no statement twice', async () => {
  const page = await openPage(browser);
  const all = await apiJson(page, '/statements?limit=100');
  assert.ok(all.total >= 3, 'the sample data has a few statements');
  await page.goto('/?limit=2');
  await page.locator('#summary', { hasText: 'Showing 2' }).waitFor();
  const more = page.getByRole('button', { name: /Show \d* ?more/ });
  while (await more.isVisible()) {
    const before = await page.locator('#results > li').count();
    await more.click();
    await page.waitForFunction((count) => document.querySelectorAll('#results > li').length > count, before);
    // Focus moves to the first new statement, for keyboard and screen-reader users.
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('statement-card')), true);
  }
  const ids = await page.locator('#results article').evaluateAll((cards) => cards.map((card) => card.dataset.statementId));
  assert.equal(ids.length, all.total);
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual(ids, all.items.map((item) => item.id));
  assert.deepEqual(page.errors, []);
});

test('an invalid parameter shows the API problem and marks the field', async () => {
  const page = await openPage(browser);
  await page.goto('/?q=sanctions&from=yesterday');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Invalid parameter \(400\)/);
  assert.match(await alert.textContent(), /from/);
  assert.equal(await page.locator('#from').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#results > li').count(), 0);
});

test('the search page reads on a phone without sideways scrolling', async () => {
  const page = await openPage(browser, PHONE);
  await page.goto(`${BASE_URL}/?q=sanctions`);
  await page.locator('#summary', { hasText: /match(es)? “sanctions”/ }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  await screenshot(page, 'search-phone');
  assert.deepEqual(page.errors, []);
});
