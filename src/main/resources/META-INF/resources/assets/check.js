// The quote-check page: POST /quote-checks, the verdict in plain words, and each match with its differences marked.
import { callApi } from './api.js';
import { el, fill, markInvalidFields, problemBox } from './dom.js';
import { speakerLookup } from './speaker-lookup.js';
import { formatDate, statementCard } from './statement-card.js';

const form = document.getElementById('check-form');
const textInput = document.getElementById('text');
const speakerInput = document.getElementById('speaker');
const dateInput = document.getElementById('saidOn');
const result = document.getElementById('result');
const errorBox = document.getElementById('error');

let chosenSpeaker = null; // { name, slug } taken from the suggestions

speakerLookup(speakerInput, document.getElementById('speaker-options'), {
  onChoose: (speaker) => { chosenSpeaker = speaker; },
  onClear: () => { chosenSpeaker = null; },
});

const MATCH_LABELS = {
  EXACT: 'Word for word',
  EXCERPT: 'Part of a longer statement',
  NEAR: 'Close, with words changed',
  PARAPHRASE: 'Similar meaning only',
};

function explanation(answer) {
  const claimed = answer.claimedSpeaker?.name;
  const best = answer.matches[0];
  switch (answer.verdict) {
    case 'VERIFIED':
      return (best?.match === 'EXCERPT'
        ? `On record${claimed ? ` from ${claimed}` : ''}: these words are part of a longer statement. Check that the cut does not change the meaning.`
        : `On record${claimed ? ` from ${claimed}` : ''}, word for word.`) + firstPublished(answer.firstPublished);
    case 'SAID_ON_BEHALF':
      return `This is on record as said on behalf of ${answer.onBehalfOf?.name || claimed} by ${answer.attributedTo?.name || 'a spokesperson'}, not by ${claimed} in person.`
        + (best?.match === 'NEAR' ? ' Some words differ; they are marked below.' : '');
    case 'ALTERED':
      return `${claimed || 'Someone'} said something close to this, but with words changed, added or left out. The differences are marked below.`;
    case 'MISATTRIBUTED':
      return `This is on record, but said by ${answer.attributedTo?.name || 'someone else'}`
        + `${best?.statement?.onBehalfOf ? ` on behalf of ${best.statement.onBehalfOf.name}` : ''}, not by ${claimed}.`;
    case 'NOT_FOUND':
      return 'Nothing close enough is on record. That does not prove it was never said: it is not in this database.';
    default:
      return '';
  }
}

/** " First published by The Daily Beast on 25 September 2018." */
function firstPublished(source) {
  if (!source) return '';
  return ` First published by ${source.outlet}${source.publishedOn ? ` on ${formatDate(source.publishedOn)}` : ''}.`;
}

function verdictBox(answer) {
  const claim = answer.claimedSpeaker
    ? `Checked against ${answer.claimedSpeaker.name}.`
    : (speakerInput.value.trim() ? `No speaker on record matches “${speakerInput.value.trim()}”; checked against everyone.` : 'Checked against everyone (no speaker given).');
  return el('div', { class: `verdict verdict-${answer.verdict.toLowerCase()}`, id: 'verdict' },
    el('p', { class: 'verdict-word' }, answer.verdict.replaceAll('_', ' ')),
    el('p', { class: 'verdict-explanation' }, explanation(answer)),
    el('p', { class: 'hint' }, claim));
}

function words(text) {
  return text.split(/\s+/).filter(Boolean);
}

function normalise(word) {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}%]/gu, '');
}

/**
 * The recorded words next to the claim's, word by word, from the API's ordered differences: kept words as they are,
 * recorded words the claim lacks struck out, the claim's own words underlined. Null when they do not line up.
 */
function inlineDifferences(recordedPart, claim, differences) {
  const recorded = words(recordedPart);
  const claimed = words(claim);
  const same = (a, b) => a !== undefined && b !== undefined && normalise(a) === normalise(b);
  const edits = differences.map((difference) => ({
    op: difference.op,
    recorded: difference.recorded ? words(difference.recorded) : [],
    claimed: difference.claimed ? words(difference.claimed) : [],
  }));
  const appliesAt = (edit, r, c) => edit.recorded.every((word, i) => same(recorded[r + i], word))
    && edit.claimed.every((word, i) => same(claimed[c + i], word));
  const failed = new Set();
  // Depth-first: place the next difference here if it fits, else keep an equal word and move on.
  const align = (r, c, d) => {
    const key = `${r},${c},${d}`;
    if (failed.has(key)) return null;
    if (d === edits.length && r === recorded.length && c === claimed.length) return [];
    if (d < edits.length && appliesAt(edits[d], r, c)) {
      const rest = align(r + edits[d].recorded.length, c + edits[d].claimed.length, d + 1);
      if (rest) return [{ edit: edits[d], r, c }, ...rest];
    }
    if (same(recorded[r], claimed[c])) {
      const rest = align(r + 1, c + 1, d);
      if (rest) return [{ keep: claimed[c] }, ...rest];
    }
    failed.add(key);
    return null;
  };
  const steps = recorded.length + claimed.length < 1500 ? align(0, 0, 0) : null;
  if (!steps) return null;
  const hidden = (text) => el('span', { class: 'visually-hidden' }, text);
  return steps.flatMap((step) => {
    if (step.keep) return [`${step.keep} `];
    const out = [];
    if (step.edit.recorded.length) {
      out.push(el('del', {}, hidden('[on record, not in the claim: '),
        recorded.slice(step.r, step.r + step.edit.recorded.length).join(' '), hidden(']')), ' ');
    }
    if (step.edit.claimed.length) {
      out.push(el('ins', {}, hidden('[in the claim, not on record: '),
        claimed.slice(step.c, step.c + step.edit.claimed.length).join(' '), hidden(']')), ' ');
    }
    return out;
  });
}

function differenceList(differences) {
  return el('ul', {}, differences.map((difference) => {
    if (difference.op === 'delete') return el('li', {}, 'Left out: ', el('del', {}, difference.recorded));
    if (difference.op === 'insert') return el('li', {}, 'Added: ', el('ins', {}, difference.claimed));
    return el('li', {}, 'Changed: ', el('del', {}, difference.recorded), ' → ', el('ins', {}, difference.claimed));
  }));
}

function matchSection(match, claim, index) {
  const statement = match.statement;
  const range = Number.isInteger(match.start) && Number.isInteger(match.end) ? [match.start, match.end] : null;
  const children = [
    el('h3', {}, el('span', { class: 'match-kind' }, match.match), MATCH_LABELS[match.match] || '',
      el('span', { class: 'hint' }, ` · ${Math.round(match.similarity * 100)}% of the wording on record`)),
  ];
  if (match.differences?.length) {
    const recordedPart = range ? statement.text.slice(range[0], range[1]) : statement.text;
    const inline = inlineDifferences(recordedPart, claim, match.differences);
    children.push(el('div', { class: 'diff' },
      el('p', { class: 'legend' }, 'The claim against the record: ', el('del', {}, 'struck out'),
        ' is on record but missing from the claim, ', el('ins', {}, 'underlined'), ' is in the claim but not on record.'),
      inline ? el('p', { class: 'diff-inline' }, inline) : null,
      inline ? null : differenceList(match.differences)));
  }
  children.push(el('p', { class: 'hint' }, range ? 'The recorded statement, with the matching words marked:' : 'The recorded statement:'));
  children.push(statementCard(statement, { range, headingLevel: 'h4' }));
  return el('section', { class: 'match', 'aria-label': `Match ${index + 1}: ${match.match}`, 'data-match': match.match }, children);
}

function render(answer, claim) {
  fill(result,
    el('h2', { class: 'visually-hidden' }, 'Verdict'),
    verdictBox(answer),
    answer.matches.length
      ? [el('h2', {}, answer.matches.length === 1 ? 'Closest statement on record' : 'Closest statements on record'),
        answer.matches.map((match, index) => matchSection(match, claim, index))]
      : el('p', {}, 'No recorded statement came close. Try fewer words, or ', el('a', { href: `./?q=${encodeURIComponent(claim.slice(0, 200))}` }, 'search for them'), '.'));
}

async function check({ updateUrl }) {
  const claim = textInput.value.trim();
  const speaker = speakerInput.value.trim();
  const body = { text: claim };
  if (speaker) body.speaker = chosenSpeaker && chosenSpeaker.name === speaker ? chosenSpeaker.slug : speaker;
  if (dateInput.value) body.saidOn = dateInput.value;
  if (updateUrl) {
    const params = new URLSearchParams({ text: claim });
    if (speaker) params.set('speaker', speaker);
    if (dateInput.value) params.set('saidOn', dateInput.value);
    window.history.replaceState(null, '', `?${params}`);
  }
  fill(errorBox);
  fill(result, el('p', {}, 'Checking…'));
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    const answer = await callApi('/quote-checks', { method: 'POST', body });
    markInvalidFields(form, null);
    render(answer, claim);
    result.focus();
  } catch (error) {
    fill(result);
    fill(errorBox, problemBox(error));
    markInvalidFields(form, error);
    form.querySelector('[aria-invalid="true"]')?.focus();
  } finally {
    button.disabled = false;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  check({ updateUrl: true });
});

const params = new URLSearchParams(window.location.search);
if (params.get('text')) {
  textInput.value = params.get('text');
  speakerInput.value = params.get('speaker') || '';
  dateInput.value = params.get('saidOn') || '';
  check({ updateUrl: false });
}
