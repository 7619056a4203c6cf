// How one statement reads, wherever it is shown: in search results, quote-check matches and its own page.
import { el, highlightNodes } from './dom.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** A date as precise as it is known: "25 September 2018", "September 2018" or "2018". */
export function formatDate(isoDate, precision = 'DAY') {
  if (!isoDate) return 'date unknown';
  const [year, month, day] = isoDate.split('-').map(Number);
  if (precision === 'YEAR') return String(year);
  if (precision === 'MONTH') return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export function dateElement(isoDate, precision) {
  return el('time', { datetime: isoDate }, formatDate(isoDate, precision));
}

export const KIND_LABELS = {
  DIRECT: 'Direct quote',
  PARAPHRASE: 'Paraphrase (reported)',
  WRITTEN: 'Written (release, letter)',
};

export const STATUS_LABELS = {
  PUBLISHED: 'Published',
  PENDING_REVIEW: 'Pending review',
  RETRACTED: 'Retracted',
};

export const VERDICT_LABELS = {
  TRUE: 'True',
  MOSTLY_TRUE: 'Mostly true',
  MIXED: 'Mixed',
  MOSTLY_FALSE: 'Mostly false',
  FALSE: 'False',
  UNVERIFIABLE: 'Unverifiable',
  OTHER: 'Other rating',
};

/**
 * The statement's fact-checks as badges: the normalised verdict (colour and word, never colour alone), the label as
 * the fact-checker published it and who, each a link to the fact-check.
 */
export function verdictBadges(statement) {
  if (!statement.reviews?.length) return null;
  return el('ul', { class: 'verdicts', 'aria-label': 'Fact-checks' }, statement.reviews.map((review) =>
    el('li', {}, el('a', {
      href: review.url,
      rel: 'noopener noreferrer',
      class: `verdict verdict-${review.verdict.toLowerCase().replace('_', '-')}`,
      'data-verdict': review.verdict,
    }, el('strong', {}, VERDICT_LABELS[review.verdict] || review.verdict),
    review.label && review.label.toLowerCase() !== (VERDICT_LABELS[review.verdict] || '').toLowerCase()
      ? ` (“${review.label}”)` : '',
    ` · ${review.publisher}`))));
}

export function statementHref(statement) {
  return `statement.html?id=${encodeURIComponent(statement.id)}`;
}

/** Everything by the speaker or said on their behalf by a spokesperson. */
export function speakerSearchHref(speaker) {
  return `./?attributedTo=${encodeURIComponent(speaker.slug)}`;
}

export function topicSearchHref(topic) {
  return `./?topic=${encodeURIComponent(topic.slug)}`;
}

/** Who said it, in what role, for whom: "Sergio Gor, deputy chief of staff to Sen. Rand Paul, on behalf of Rand Paul". */
function attributionHeading(statement, headingLevel, onPrincipal) {
  return el(headingLevel, { class: 'card-heading' }, statement.speaker.name,
    statement.speakerRole ? el('span', { class: 'role' }, `, ${statement.speakerRole}`) : null,
    statement.onBehalfOf ? el('span', { class: 'on-behalf' }, ', on behalf of ', el('a', {
      href: `./?onBehalfOf=${encodeURIComponent(statement.onBehalfOf.slug)}`,
      title: `Everything said on behalf of ${statement.onBehalfOf.name}`,
      onclick: onPrincipal ? (event) => { event.preventDefault(); onPrincipal(statement.onBehalfOf); } : undefined,
    }, statement.onBehalfOf.name)) : null);
}

/**
 * The words, in quotation marks only when they are the speaker's own (DIRECT, WRITTEN): a paraphrase is reported
 * speech, and showing it as a quote is exactly the mistake fact-checkers hunt.
 */
export function statementText(statement, textNodes, className) {
  const reported = statement.kind === 'PARAPHRASE';
  return el('blockquote', { class: [className, reported ? 'reported' : 'quoted'].filter(Boolean).join(' '), lang: statement.language || undefined },
    el('p', {}, reported ? el('span', { class: 'reported-label' }, 'Reported, not word for word: ') : null, textNodes));
}

/** Date, how it was said and the kind: "25 September 2018 · told The Daily Beast · Direct quote". */
export function metaLine(statement) {
  const parts = [dateElement(statement.saidOn, statement.datePrecision)];
  if (statement.context) parts.push(statement.context);
  parts.push(KIND_LABELS[statement.kind] || statement.kind);
  if (statement.status && statement.status !== 'PUBLISHED') {
    parts.push(el('strong', { class: `status status-${statement.status.toLowerCase()}` },
      STATUS_LABELS[statement.status] || statement.status));
  }
  return el('p', { class: 'meta' }, parts.flatMap((part, index) => (index ? [' · ', part] : [part])));
}

export function sourceLink(source) {
  return el('a', { href: source.url, class: 'source-link', rel: 'noopener noreferrer' },
    source.outlet || new URL(source.url).hostname);
}

export function sourcesLine(statement) {
  if (!statement.sources?.length) return el('p', { class: 'sources' }, 'No source recorded.');
  return el('p', { class: 'sources' }, statement.sources.length > 1 ? 'Sources: ' : 'Source: ',
    statement.sources.flatMap((source, index) => (index ? [', ', sourceLink(source)] : [sourceLink(source)])));
}

export function topicsList(statement, { onTopic } = {}) {
  if (!statement.topics?.length) return null;
  return el('ul', { class: 'topics', 'aria-label': 'Topics' }, statement.topics.map((topic) =>
    el('li', {}, el('a', {
      href: topicSearchHref(topic),
      class: 'topic',
      onclick: onTopic ? (event) => { event.preventDefault(); onTopic(topic); } : undefined,
    }, topic.name))));
}

/**
 * A statement as a card. With `highlight` (search results) the text shows the API's marks; with `range` [start, end)
 * (quote-check matches) that part of the text is marked instead.
 */
export function statementCard(statement, { highlight, range, headingLevel = 'h3', onSpeaker, onPrincipal, onTopic } = {}) {
  let textNodes;
  if (highlight) {
    textNodes = highlightNodes(highlight);
  } else if (range && Number.isInteger(range[0]) && Number.isInteger(range[1])) {
    const [start, end] = range;
    textNodes = [statement.text.slice(0, start), el('mark', {}, statement.text.slice(start, end)),
      statement.text.slice(end)];
  } else {
    textNodes = [statement.text];
  }
  return el('article', { class: 'statement-card', tabindex: '-1', 'data-statement-id': statement.id },
    attributionHeading(statement, headingLevel, onPrincipal),
    statementText(statement, textNodes),
    verdictBadges(statement),
    metaLine(statement),
    sourcesLine(statement),
    topicsList(statement, { onTopic }),
    el('p', { class: 'card-actions' },
      el('a', { href: statementHref(statement), class: 'open-statement' }, 'Open statement',
        el('span', { class: 'visually-hidden' }, ` by ${statement.speaker.name}`)),
      ' · ',
      el('a', {
        href: speakerSearchHref(statement.speaker),
        onclick: onSpeaker ? (event) => { event.preventDefault(); onSpeaker(statement.speaker); } : undefined,
      }, `All by ${statement.speaker.name}`)));
}
