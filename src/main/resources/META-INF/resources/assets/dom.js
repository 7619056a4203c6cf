// Small DOM helpers: every page builds its content from API data with these, never with innerHTML.

/** An element with attributes (on* names become listeners) and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'class') {
      element.className = value;
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces the children of an element. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/**
 * The API's highlight (the text HTML-escaped, matches wrapped in <mark>) as DOM nodes: parsed in an inert document,
 * and only its text and <mark> elements are kept, so nothing else from the string can ever reach the page.
 */
export function highlightNodes(highlight) {
  const parsed = new DOMParser().parseFromString(`<body>${highlight}</body>`, 'text/html');
  const nodes = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        nodes.push(document.createTextNode(child.textContent));
      } else if (child.nodeName === 'MARK') {
        nodes.push(el('mark', {}, child.textContent));
      } else {
        walk(child);
      }
    }
  };
  walk(parsed.body);
  return nodes;
}

/** A visible, announced error box for an API problem (RFC 9457), listing each field at fault. */
export function problemBox(error) {
  const problem = error.problem || { title: 'Something went wrong', detail: String(error.message || error) };
  const fields = (problem.errors || []).filter((fieldError) => fieldError.field);
  return el('div', { class: 'problem', role: 'alert' },
    el('p', { class: 'problem-title' }, problem.title || 'Something went wrong',
      problem.status ? ` (${problem.status})` : ''),
    problem.detail ? el('p', {}, problem.detail) : null,
    fields.length ? el('ul', {}, fields.map((fieldError) =>
      el('li', {}, el('code', {}, fieldError.field), `: ${fieldError.detail}`))) : null,
    problem.retryAfter ? el('p', {}, `You can try again in ${problem.retryAfter} seconds.`) : null);
}

/** Marks form controls named in a problem's errors (data-field="name") as invalid; clears the others. */
export function markInvalidFields(form, error) {
  const fields = new Set((error?.problem?.errors || []).map((fieldError) => fieldError.field));
  for (const control of form.querySelectorAll('[data-field]')) {
    if (fields.has(control.dataset.field)) {
      control.setAttribute('aria-invalid', 'true');
    } else {
      control.removeAttribute('aria-invalid');
    }
  }
}
