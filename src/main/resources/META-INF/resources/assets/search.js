// The search page: the form and the URL hold the same state, so any search can be shared as a link.
import { callApi } from './api.js';
import { el, fill, markInvalidFields, problemBox } from './dom.js';
import { speakerLookup } from './speaker-lookup.js';
import { KIND_LABELS, VERDICT_LABELS, statementCard } from './statement-card.js';

// limit is not in the form, but a shared link may carry it (the API checks it: 1 to 100).
// attributedTo (the speaker box, "All by" links) is "by or on behalf of"; speaker (the facet) is who spoke.
const API_FILTERS = ['q', 'attributedTo', 'speaker', 'onBehalfOf', 'topic', 'outlet', 'from', 'to', 'kind', 'verdict',
  'sort'];
const FILTERS = [...API_FILTERS, 'limit'];
const FACETS = ['speaker', 'topic', 'outlet', 'year', 'kind', 'verdict'];
const FACET_TITLES = {
  speaker: 'Speaker', topic: 'Topic', outlet: 'Outlet', year: 'Year', kind: 'Kind', verdict: 'Verdict',
};
const PAGE_SIZE = 20;

const form = document.getElementById('search-form');
const filtersBox = document.getElementById('filters');
const speakerInput = document.getElementById('speaker-input');
const topicSelect = document.getElementById('topic');
const results = document.getElementById('results');
const resultsSection = document.getElementById('results-section');
const summary = document.getElementById('summary');
const errorBox = document.getElementById('error');
const facetsBox = document.getElementById('facets');
const activeFilters = document.getElementById('active-filters');
const moreButton = document.getElementById('more');

let state = {};
let speakerName = null; // the display name of the speaker in the box (state.attributedTo or state.speaker)
const principalNames = new Map(); // slug -> name of speakers named in filters other than the box
const topicNames = new Map();
let nextCursor = null;
let shown = 0;
let total = 0;
let totalIsLowerBound = false;
let searchNumber = 0;

const lookup = speakerLookup(speakerInput, document.getElementById('speaker-options'), {
  onChoose: (speaker) => {
    speakerName = speaker.name;
    update({ attributedTo: speaker.slug, speaker: null });
  },
  onClear: () => {
    speakerName = null;
  },
});

function stateFromUrl() {
  const params = new URLSearchParams(window.location.search);
  const read = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) read[name] = value;
  }
  return read;
}

function urlOf(next) {
  const params = new URLSearchParams();
  for (const name of FILTERS) if (next[name]) params.set(name, next[name]);
  const query = params.toString();
  return query ? `?${query}` : window.location.pathname;
}

async function stateFromForm() {
  const data = new FormData(form);
  const next = {};
  for (const name of ['q', 'topic', 'outlet', 'from', 'to', 'verdict', 'sort']) {
    const value = String(data.get(name) || '').trim();
    if (value) next[name] = value;
  }
  if (state.kind) next.kind = state.kind;
  if (state.onBehalfOf) next.onBehalfOf = state.onBehalfOf;
  if (state.limit) next.limit = state.limit;
  if (speakerInput.value.trim()) {
    if (boxSpeaker(state) && speakerName === speakerInput.value.trim()) {
      if (state.attributedTo) next.attributedTo = state.attributedTo;
      if (state.speaker) next.speaker = state.speaker;
    } else {
      // Typed but not chosen from the list: take the lookup's best match, as the list would have offered it.
      const best = await lookup.bestMatch();
      if (!best) throw new Error(`No speaker matches “${speakerInput.value.trim()}”.`);
      next.attributedTo = best.slug;
      speakerName = best.name;
      speakerInput.value = best.name;
    }
  }
  return next;
}

function showInForm(current) {
  form.elements.q.value = current.q || '';
  form.elements.outlet.value = current.outlet || '';
  form.elements.from.value = current.from || '';
  form.elements.to.value = current.to || '';
  form.elements.sort.value = current.sort || '';
  form.elements.verdict.value = current.verdict || '';
  showTopic(current);
  speakerInput.value = boxSpeaker(current) ? (speakerName || boxSpeaker(current)) : '';
  if (['attributedTo', 'speaker', 'topic', 'outlet', 'from', 'to', 'verdict', 'sort'].some((name) => current[name])) filtersBox.open = true;
}

/** The speaker the box shows: the "by or for" filter, else the exact one a facet chose. */
function boxSpeaker(current) {
  return current.attributedTo || current.speaker || null;
}

function showTopic(current) {
  topicSelect.value = current.topic || '';
  if (current.topic && topicSelect.value !== current.topic) {
    topicSelect.append(el('option', { value: current.topic }, current.topic));
    topicSelect.value = current.topic;
  }
}

/** Changes the search, records it in the browser history and runs it. */
function update(changes) {
  const next = { ...state, ...changes };
  for (const name of Object.keys(next)) if (!next[name]) delete next[name];
  if (!next.q && next.sort === 'relevance') delete next.sort;
  state = next;
  window.history.pushState(state, '', urlOf(state));
  showInForm(state);
  search();
}

function apiParams(current, cursor) {
  const params = [];
  for (const name of API_FILTERS) {
    if (current[name]) params.push([name, current[name]]);
  }
  params.push(['limit', current.limit || PAGE_SIZE]);
  if (cursor) {
    params.push(['cursor', cursor]);
  } else {
    params.push(['facets', FACETS.join(',')]);
  }
  return params;
}

async function search() {
  const number = ++searchNumber;
  resultsSection.setAttribute('aria-busy', 'true');
  summary.textContent = 'Searching…';
  fill(errorBox);
  document.getElementById('on-behalf-hint')?.remove();
  renderActiveFilters();
  try {
    const page = await callApi('/statements', { params: apiParams(state) });
    if (number !== searchNumber) return;
    markInvalidFields(form, null);
    total = page.total;
    totalIsLowerBound = page.totalRelation === 'gte';
    shown = 0;
    fill(results);
    appendItems(page.items);
    nextCursor = page.nextCursor;
    renderSummary();
    renderFacets(page.facets || {});
  } catch (error) {
    if (number !== searchNumber) return;
    fill(results);
    fill(facetsBox);
    nextCursor = null;
    summary.textContent = 'The search could not be run.';
    fill(errorBox, problemBox(error));
    markInvalidFields(form, error);
    if (error.problem?.errors?.length) filtersBox.open = true;
  } finally {
    if (number === searchNumber) resultsSection.removeAttribute('aria-busy');
    updateMoreButton();
  }
}

async function showMore() {
  if (!nextCursor) return;
  moreButton.disabled = true;
  try {
    const page = await callApi('/statements', { params: apiParams(state, nextCursor) });
    const firstNew = appendItems(page.items);
    nextCursor = page.nextCursor;
    renderSummary();
    firstNew?.focus();
  } catch (error) {
    fill(errorBox, problemBox(error));
  } finally {
    moreButton.disabled = false;
    updateMoreButton();
  }
}

function appendItems(items) {
  let first = null;
  for (const statement of items) {
    const card = statementCard(statement, {
      highlight: statement.highlight,
      onSpeaker: (speaker) => {
        speakerName = speaker.name;
        update({ attributedTo: speaker.slug, speaker: null, onBehalfOf: null });
      },
      onPrincipal: (speaker) => {
        principalNames.set(speaker.slug, speaker.name);
        update({ onBehalfOf: speaker.slug });
      },
      onTopic: (topic) => {
        topicNames.set(topic.slug, topic.name);
        update({ topic: topic.slug });
      },
    });
    results.append(el('li', {}, card));
    first ||= card;
    shown += 1;
  }
  return first;
}

function renderSummary() {
  const noun = total === 1 && !totalIsLowerBound ? 'statement' : 'statements';
  // Past the search's window the count stops: the API says so with totalRelation "gte".
  const count = totalIsLowerBound ? `More than ${total.toLocaleString('en')}` : `${total}`;
  let text;
  if (total === 0) {
    text = state.q
      ? `No statement matches “${state.q}”${hasFilters() ? ' with these filters' : ''}. Try fewer or other words${hasFilters() ? ', or remove a filter' : ''}. Words are looked for in what was said, the speaker's name and how it was said, not in the sources.`
      : 'No statement matches these filters. Remove a filter to see more.';
  } else if (state.q) {
    text = `${count} ${noun} ${total === 1 && !totalIsLowerBound ? 'matches' : 'match'} “${state.q}”.`;
    if (totalIsLowerBound && state.sort !== 'newest' && state.sort !== 'oldest') {
      text += ' The most relevant among the newest of them and those where the words weigh most come first.';
    }
  } else {
    const verb = total === 1 && !totalIsLowerBound ? 'matches' : 'match';
    text = `${count} ${noun}${hasFilters() ? ` ${verb} these filters` : ''}, ${state.sort === 'oldest' ? 'oldest' : 'newest'} first.`;
  }
  if (total > shown && shown > 0) text += ` Showing ${shown}.`;
  summary.textContent = text;
  renderOnBehalfHint();
}

/**
 * With "by or for" a speaker, says who spoke for them among the matches (a speaker facet of the statements made on
 * their behalf); with the exact speaker filter, offers those as a separate search.
 */
function renderOnBehalfHint() {
  document.getElementById('on-behalf-hint')?.remove();
  if (state.attributedTo && !state.onBehalfOf && !state.speaker) {
    renderSpokespeople(searchNumber);
    return;
  }
  if (!state.speaker || state.onBehalfOf || state.attributedTo) return;
  const name = speakerName || state.speaker;
  summary.after(el('p', { id: 'on-behalf-hint', class: 'hint' }, `Statements made on ${name}'s behalf (by a spokesperson or office) are not counted as theirs: `,
    el('a', {
      href: urlOf({ ...state, speaker: null, onBehalfOf: state.speaker }),
      onclick: (event) => {
        event.preventDefault();
        principalNames.set(state.speaker, name);
        speakerName = null;
        update({ speaker: null, onBehalfOf: state.speaker });
      },
    }, `see those made on behalf of ${name}`), '.'));
}

async function renderSpokespeople(number) {
  const principal = state.attributedTo;
  let page;
  try {
    const params = apiParams({ ...state, attributedTo: null, onBehalfOf: principal, limit: 1 })
      .map(([key, value]) => (key === 'facets' ? [key, 'speaker'] : [key, value]));
    page = await callApi('/statements', { params });
  } catch {
    return; // the hint is extra: the results stand without it
  }
  if (number !== searchNumber || !page.total) return;
  const name = speakerName || principal;
  document.getElementById('on-behalf-hint')?.remove();
  const people = (page.facets?.speaker || []).map((entry) => `${entry.label} (${entry.count})`).join(', ');
  summary.after(el('p', { id: 'on-behalf-hint', class: 'hint' },
    `${page.total === 1 ? 'One was' : `${page.total} were`} said on ${name}'s behalf${people ? ` by ${people}` : ''}: `,
    el('a', {
      href: urlOf({ ...state, attributedTo: null, onBehalfOf: principal }),
      onclick: (event) => {
        event.preventDefault();
        principalNames.set(principal, name);
        speakerName = null;
        update({ attributedTo: null, onBehalfOf: principal });
      },
    }, `see only those made on behalf of ${name}`), '.'));
}

function hasFilters() {
  return ['attributedTo', 'speaker', 'onBehalfOf', 'topic', 'outlet', 'from', 'to', 'kind', 'verdict'].some((name) => state[name]);
}

function updateMoreButton() {
  moreButton.hidden = !nextCursor;
  const left = totalIsLowerBound ? Number(state.limit) || PAGE_SIZE : Math.max(total - shown, 0);
  const next = Math.min(Number(state.limit) || PAGE_SIZE, left);
  moreButton.textContent = next ? `Show ${next} more` : 'Show more';
}

function yearOf(current) {
  const from = /^(\d{4})-01-01$/.exec(current.from || '');
  return from && current.to === `${from[1]}-12-31` ? from[1] : null;
}

function isApplied(facet, value) {
  if (facet === 'year') return yearOf(state) === value;
  return state[facet] === value;
}

function applyFacet(facet, entry) {
  if (isApplied(facet, entry.value)) {
    update(facet === 'year' ? { from: null, to: null } : { [facet]: null });
  } else if (facet === 'year') {
    update({ from: `${entry.value}-01-01`, to: `${entry.value}-12-31` });
  } else {
    if (facet === 'speaker' && !state.attributedTo) speakerName = entry.label;
    if (facet === 'speaker') principalNames.set(entry.value, entry.label);
    if (facet === 'topic') topicNames.set(entry.value, entry.label);
    update({ [facet]: entry.value });
  }
}

function facetLabel(facet, entry) {
  if (facet === 'kind') return KIND_LABELS[entry.value] || entry.label;
  if (facet === 'verdict') return VERDICT_LABELS[entry.value] || entry.label;
  return entry.label;
}

function renderFacets(facets) {
  const groups = FACETS.filter((facet) => facets[facet]?.length).map((facet) => {
    const headingId = `facet-${facet}`;
    return el('section', { class: 'facet', 'aria-labelledby': headingId },
      el('h3', { id: headingId }, FACET_TITLES[facet]),
      el('ul', {}, facets[facet].map((entry) => {
        const applied = isApplied(facet, entry.value);
        return el('li', {}, el('button', {
          type: 'button',
          class: 'facet-value',
          'aria-pressed': String(applied),
          'data-facet': facet,
          'data-value': entry.value,
          onclick: () => applyFacet(facet, entry),
        }, el('span', { class: 'facet-label' }, facetLabel(facet, entry)),
        el('span', { class: 'facet-count' }, String(entry.count),
          el('span', { class: 'visually-hidden' }, entry.count === 1 ? ' statement' : ' statements'))));
      })));
  });
  fill(facetsBox, groups.length ? groups : el('p', {}, 'Nothing to narrow down.'));
}

function renderActiveFilters() {
  const chips = [];
  const chip = (label, changes) => chips.push(el('li', {}, el('button', {
    type: 'button',
    class: 'chip',
    onclick: () => update(changes),
  }, label, el('span', { 'aria-hidden': 'true' }, ' ×'), el('span', { class: 'visually-hidden' }, ' (remove this filter)'))));
  if (state.attributedTo) chip(`By or for: ${speakerName || state.attributedTo}`, { attributedTo: null });
  const exactName = state.attributedTo ? principalNames.get(state.speaker) : speakerName;
  if (state.speaker) chip(`Speaker: ${exactName || state.speaker}`, { speaker: null });
  if (state.onBehalfOf) chip(`On behalf of: ${principalNames.get(state.onBehalfOf) || state.onBehalfOf}`, { onBehalfOf: null });
  if (state.topic) chip(`Topic: ${topicNames.get(state.topic) || state.topic}`, { topic: null });
  if (state.outlet) chip(`Outlet: ${state.outlet}`, { outlet: null });
  const year = yearOf(state);
  if (year) {
    chip(`Year: ${year}`, { from: null, to: null });
  } else {
    if (state.from) chip(`From ${state.from}`, { from: null });
    if (state.to) chip(`Until ${state.to}`, { to: null });
  }
  if (state.kind) chip(`Kind: ${KIND_LABELS[state.kind] || state.kind}`, { kind: null });
  if (state.verdict) chip(`Fact-checked: ${VERDICT_LABELS[state.verdict] || state.verdict}`, { verdict: null });
  fill(activeFilters, chips.length ? [el('span', { id: 'active-filters-label' }, 'Filters:'),
    el('ul', { 'aria-labelledby': 'active-filters-label' }, chips)] : []);
}

async function loadTopics() {
  const topics = [];
  let cursor = null;
  for (let page = 0; page < 10; page += 1) {
    const answer = await callApi('/topics', { params: { limit: 100, cursor } });
    topics.push(...answer.items);
    cursor = answer.nextCursor;
    if (!cursor) break;
  }
  const children = new Map();
  for (const topic of topics) {
    topicNames.set(topic.slug, topic.name);
    const parent = topic.parent?.slug || '';
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(topic);
  }
  const options = [];
  const known = new Set(topics.map((topic) => topic.slug));
  const add = (parent, depth) => {
    for (const topic of children.get(parent) || []) {
      options.push(el('option', { value: topic.slug }, `${'\u2003'.repeat(depth)}${topic.name} (${topic.statementCount})`));
      if (depth < 8) add(topic.slug, depth + 1);
    }
  };
  add('', 0);
  // Topics whose parent is not listed still get an option.
  for (const [parent, list] of children) {
    if (parent && !known.has(parent)) list.forEach((topic) => options.push(el('option', { value: topic.slug }, topic.name)));
  }
  topicSelect.replaceChildren(topicSelect.options[0], ...options);
}

async function loadSpeakerName(slug) {
  try {
    const speaker = await callApi(`/speakers/${encodeURIComponent(slug)}`);
    if (boxSpeaker(state) === slug) {
      speakerName = speaker.name;
      speakerInput.value = speaker.name;
      renderActiveFilters();
      if (!resultsSection.hasAttribute('aria-busy')) renderOnBehalfHint();
    }
  } catch {
    // An unknown speaker simply finds nothing; the slug stays shown.
  }
}

async function loadPrincipalName(slug) {
  try {
    principalNames.set(slug, (await callApi(`/speakers/${encodeURIComponent(slug)}`)).name);
    renderActiveFilters();
  } catch {
    // the slug stays shown
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    const next = await stateFromForm();
    state = {};
    update(next);
  } catch (error) {
    fill(errorBox, problemBox(error));
    speakerInput.setAttribute('aria-invalid', 'true');
    speakerInput.focus();
  }
});

document.getElementById('clear-filters').addEventListener('click', () => {
  speakerName = null;
  state = { q: state.q, limit: state.limit };
  update({});
});

moreButton.addEventListener('click', showMore);

window.addEventListener('popstate', () => {
  state = stateFromUrl();
  speakerName = null;
  showInForm(state);
  if (boxSpeaker(state)) loadSpeakerName(boxSpeaker(state));
  if (state.attributedTo && state.speaker) loadPrincipalName(state.speaker);
  if (state.onBehalfOf) loadPrincipalName(state.onBehalfOf);
  search();
});

if (window.matchMedia('(min-width: 48rem)').matches) {
  filtersBox.open = true;
  document.getElementById('facets-box').open = true;
}
state = stateFromUrl();
showInForm(state);
window.history.replaceState(state, '', window.location.href);
// Only the topic box is set again once the list is in: the user may be typing in the others by then.
loadTopics().then(() => showTopic(state)).then(renderActiveFilters).catch(() => {
  // Without the topic list the filter still works from facets and links.
});
if (boxSpeaker(state)) loadSpeakerName(boxSpeaker(state));
if (state.attributedTo && state.speaker) loadPrincipalName(state.speaker);
if (state.onBehalfOf) loadPrincipalName(state.onBehalfOf);
search();
