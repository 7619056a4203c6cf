// One statement: everything the API knows about it, its sources, its history and how to cite it.
import { apiUrl, callApi } from './api.js';
import { el, fill, problemBox } from './dom.js';
import {
  KIND_LABELS, STATUS_LABELS, dateElement, formatDate, speakerSearchHref, statementText, topicSearchHref,
  verdictBadges,
} from './statement-card.js';

const container = document.getElementById('statement');
const id = new URLSearchParams(window.location.search).get('id');

const CHANGE_LABELS = { CREATED: 'Created', UPDATED: 'Updated', RETRACTED: 'Retracted', RESTORED: 'Restored' };

function fact(term, ...description) {
  return [el('dt', {}, term), el('dd', {}, ...description)];
}

function speakerLink(speaker) {
  return el('a', { href: speakerSearchHref(speaker) }, speaker.name);
}

function statusBanner(statement) {
  if (statement.status === 'RETRACTED') {
    return el('div', { class: 'banner banner-retracted', role: 'note' },
      el('strong', {}, 'Retracted. '), statement.retractionReason || 'No reason was given.',
      ' It stays readable here, but no longer appears in searches and never verifies a quote.');
  }
  if (statement.status === 'PENDING_REVIEW') {
    return el('div', { class: 'banner banner-pending', role: 'note' },
      el('strong', {}, 'Pending review. '), 'An editor has not published this statement yet.');
  }
  return null;
}

function facts(statement) {
  return el('dl', { class: 'facts' },
    fact('Said by', speakerLink(statement.speaker)),
    statement.speakerRole ? fact('Role at the time', statement.speakerRole) : [],
    statement.onBehalfOf ? fact('On behalf of', speakerLink(statement.onBehalfOf)) : [],
    fact('Date', dateElement(statement.saidOn, statement.datePrecision),
      statement.datePrecision !== 'DAY' ? ` (only the ${statement.datePrecision.toLowerCase()} is known)` : ''),
    statement.context ? fact('How', statement.context) : [],
    fact('Kind', KIND_LABELS[statement.kind] || statement.kind),
    statement.language ? fact('Language', statement.language) : [],
    fact('Status', STATUS_LABELS[statement.status] || statement.status),
    statement.topics?.length ? fact('Topics', statement.topics.flatMap((topic, index) =>
      [index ? ', ' : '', el('a', { href: topicSearchHref(topic) }, topic.name)])) : [],
    statement.externalId ? fact('External id', el('code', {}, statement.externalId)) : [],
    fact('Recorded', el('time', { datetime: statement.createdAt }, formatInstant(statement.createdAt)),
      statement.updatedAt && Date.parse(statement.updatedAt) - Date.parse(statement.createdAt) > 60_000
        ? [', last changed ', el('time', { datetime: statement.updatedAt }, formatInstant(statement.updatedAt))] : ''));
}

function sourcesSection(statement) {
  const sources = statement.sources || [];
  return el('section', { 'aria-labelledby': 'sources-heading' },
    el('h2', { id: 'sources-heading' }, sources.length === 1 ? 'Source' : `Sources (${sources.length})`),
    sources.length ? el('ol', { class: 'source-list' }, sources.map((source) => el('li', {},
      el('a', { href: source.url, class: 'source-link', rel: 'noopener noreferrer' }, source.title || source.url),
      el('br'),
      [source.outlet, source.publishedOn ? formatDate(source.publishedOn) : null].filter(Boolean).join(', '),
      source.attribution ? el('p', { class: 'attribution' }, 'Attribution there: “', source.attribution, '”') : null,
      el('p', { class: 'hint' }, el('span', { class: 'visually-hidden' }, 'Address: '), source.url))))
      : el('p', {}, 'No source is recorded for this statement.'));
}

function plainCitation(statement) {
  const who = [statement.speaker.name, statement.speakerRole].filter(Boolean).join(', ');
  const behalf = statement.onBehalfOf ? ` (on behalf of ${statement.onBehalfOf.name})` : '';
  const sources = (statement.sources || []).map((source) => [source.outlet,
    source.title ? `“${source.title}”` : null, source.publishedOn ? formatDate(source.publishedOn) : null,
    source.url].filter(Boolean).join(', ')).join('; ');
  const permalink = new URL(`statement.html?id=${encodeURIComponent(statement.id)}`, window.location.href).toString();
  return `${who}${behalf}, ${formatDate(statement.saidOn, statement.datePrecision)}: “${statement.text}”`
    + `${sources ? ` Source: ${sources}.` : ''} Via Verbatim, ${permalink} (retrieved ${formatDate(new Date().toISOString().slice(0, 10))}).`;
}

function copyButton(label, text) {
  const status = el('span', { class: 'copy-status', role: 'status' });
  return [el('button', {
    type: 'button',
    onclick: async () => {
      try {
        await navigator.clipboard.writeText(text());
        status.textContent = 'Copied.';
      } catch {
        status.textContent = 'Select the text and copy it by hand.';
      }
    },
  }, label), status];
}

function citeSection(statement, jsonLd) {
  const citation = plainCitation(statement);
  const jsonText = jsonLd ? JSON.stringify(jsonLd, null, 2) : null;
  return el('section', { class: 'cite', 'aria-labelledby': 'cite-heading' },
    el('h2', { id: 'cite-heading' }, 'Cite this statement'),
    el('h3', {}, 'Plain citation'),
    el('p', { class: 'citation', id: 'plain-citation' }, citation),
    el('p', {}, copyButton('Copy citation', () => citation)),
    el('h3', {}, 'JSON-LD (schema.org Quotation)'),
    el('p', { class: 'hint' }, 'To embed in a page next to ClaimReview markup, inside ',
      el('code', {}, '<script type="application/ld+json">'), '.'),
    jsonText ? [el('pre', { id: 'json-ld', tabindex: '0', 'aria-label': 'JSON-LD' }, jsonText),
      el('p', {}, copyButton('Copy JSON-LD', () => jsonText))]
      : el('p', {}, 'The JSON-LD could not be loaded.'),
    el('p', {}, el('a', { href: apiUrl(`/statements/${encodeURIComponent(statement.id)}`), id: 'raw-json' },
      'Raw JSON from the API'), ' · ',
    el('a', { href: apiUrl(`/statements/${encodeURIComponent(statement.id)}/history`) }, 'History as JSON')));
}

function historySection(entries, error, current) {
  const heading = el('h2', { id: 'history-heading' }, 'History');
  if (error) return el('section', { 'aria-labelledby': 'history-heading' }, heading, problemBox(error));
  return el('section', { 'aria-labelledby': 'history-heading' }, heading,
    el('p', { class: 'hint' }, 'Every change to this record, newest first, and who made it.'),
    el('div', { class: 'table-wrap' }, el('table', { class: 'history' },
      el('thead', {}, el('tr', {}, ['When', 'Change', 'By', 'Text after the change'].map((title) =>
        el('th', { scope: 'col' }, title)))),
      el('tbody', {}, entries.map((entry, index) => {
        const sameAsNow = entry.statement.text === current.text;
        return el('tr', {},
          el('td', {}, el('time', { datetime: entry.at }, formatInstant(entry.at))),
          el('td', {}, CHANGE_LABELS[entry.change] || entry.change,
            entry.change === 'RETRACTED' && entry.statement.retractionReason ? `: ${entry.statement.retractionReason}` : ''),
          el('td', {}, entry.author, entry.authorRole && entry.authorRole !== entry.author ? ` (${entry.authorRole})` : ''),
          el('td', {}, sameAsNow ? el('span', { class: 'hint' }, 'as shown above') : entry.statement.text));
      })))));
}

function formatInstant(instant) {
  if (!instant) return '';
  const date = new Date(instant);
  return `${formatDate(instant.slice(0, 10))}, ${date.toISOString().slice(11, 16)} UTC`;
}

async function load() {
  if (!id) {
    fill(container, el('h1', {}, 'No statement chosen'),
      el('p', {}, 'Open a statement from the ', el('a', { href: './' }, 'search'), '.'));
    return;
  }
  let statement;
  try {
    statement = await callApi(`/statements/${encodeURIComponent(id)}`);
  } catch (error) {
    fill(container, el('h1', {}, 'This statement could not be shown'), problemBox(error));
    return;
  }
  const [jsonLd, history] = await Promise.allSettled([
    callApi(`/statements/${encodeURIComponent(id)}`, { accept: 'application/ld+json' }),
    callApi(`/statements/${encodeURIComponent(id)}/history`),
  ]);
  document.title = `${statement.speaker.name}, ${formatDate(statement.saidOn, statement.datePrecision)} · Verbatim`;
  fill(container,
    el('h1', {}, `${statement.speaker.name}${statement.onBehalfOf ? ` for ${statement.onBehalfOf.name}` : ''}, `,
      formatDate(statement.saidOn, statement.datePrecision)),
    statusBanner(statement),
    statementText(statement, [statement.text], 'statement-text'),
    statement.reviews?.length ? el('section', { 'aria-labelledby': 'reviews-heading', class: 'reviews' },
      el('h2', { id: 'reviews-heading' }, 'Fact-checks'), verdictBadges(statement)) : null,
    facts(statement),
    sourcesSection(statement),
    historySection(history.status === 'fulfilled' ? history.value : [], history.status === 'rejected' ? history.reason : null, statement),
    citeSection(statement, jsonLd.status === 'fulfilled' ? jsonLd.value : null));
}

if (document.referrer && new URL(document.referrer).origin === window.location.origin
    && new URL(document.referrer).pathname.match(/\/(index\.html)?$/)) {
  document.getElementById('back').href = document.referrer;
}
load();
