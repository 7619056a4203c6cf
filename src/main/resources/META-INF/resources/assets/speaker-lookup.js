// Typo-tolerant speaker lookup as you type (GET /speakers?q=), as an ARIA combobox with a listbox of suggestions.
import { callApi } from './api.js';
import { el, fill } from './dom.js';

const DELAY_MS = 250;
const MIN_CHARACTERS = 2;

/**
 * Wires an <input role="combobox"> to its <ul role="listbox">. `onChoose(speaker)` is called when a suggestion is
 * taken (click, or Enter on the highlighted one); typing again forgets the choice (`onClear`).
 */
export function speakerLookup(input, listbox, { onChoose, onClear } = {}) {
  let speakers = [];
  let active = -1;
  let timer;
  let pending;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index) => {
    active = index;
    listbox.querySelectorAll('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
    });
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `${listbox.id}-${index}`);
      listbox.children[index]?.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const choose = (index) => {
    const speaker = speakers[index];
    if (!speaker) return;
    input.value = speaker.name;
    close();
    onChoose?.(speaker);
  };

  const show = (found) => {
    speakers = found;
    if (!found.length) {
      fill(listbox, el('li', { class: 'no-suggestion', role: 'option', 'aria-disabled': 'true', id: `${listbox.id}-none` },
        'No speaker by that name'));
    } else {
      fill(listbox, found.map((speaker, index) => el('li', {
        role: 'option',
        id: `${listbox.id}-${index}`,
        'aria-selected': 'false',
        'data-slug': speaker.slug,
        onmousedown: (event) => event.preventDefault(),
        onclick: () => choose(index),
      }, el('span', { class: 'suggestion-name' }, speaker.name),
      el('span', { class: 'suggestion-detail' }, describe(speaker)))));
    }
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };

  const lookUp = async () => {
    const q = input.value.trim();
    pending?.abort();
    if (q.length < MIN_CHARACTERS) {
      close();
      return;
    }
    pending = new AbortController();
    try {
      const page = await callApi('/speakers', { params: { q, limit: 8 }, signal: pending.signal });
      if (document.activeElement === input) show(page.items);
    } catch (error) {
      if (error.name !== 'AbortError') close();
    }
  };

  input.addEventListener('input', () => {
    onClear?.();
    clearTimeout(timer);
    timer = setTimeout(lookUp, DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    const open = !listbox.hidden && speakers.length > 0;
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      highlight((active + 1) % speakers.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      highlight(active <= 0 ? speakers.length - 1 : active - 1);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && !listbox.hidden) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);
  close();

  return {
    /** The best match for whatever is typed, for a form sent without choosing a suggestion. */
    async bestMatch() {
      const q = input.value.trim();
      if (!q) return null;
      const page = await callApi('/speakers', { params: { q, limit: 1 } });
      return page.items[0] || null;
    },
  };
}

function describe(speaker) {
  const role = (speaker.roles || []).find((r) => !r.to) || (speaker.roles || [])[0];
  const parts = [];
  if (role) parts.push([role.title, role.jurisdiction].filter(Boolean).join(', '));
  parts.push(`${speaker.statementCount} statement${speaker.statementCount === 1 ? '' : 's'}`);
  if (speaker.onBehalfCount) parts.push(`${speaker.onBehalfCount} on their behalf`);
  return parts.join(' · ');
}
