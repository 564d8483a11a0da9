// DOM helpers. Article text is hostile: everything here builds nodes and sets text with
// text nodes; nothing in the dashboard assigns innerHTML or builds markup from strings.
const SVG_NS = 'http://www.w3.org/2000/svg';

function apply(el, attrs) {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.setAttribute('class', Array.isArray(v) ? v.filter(Boolean).join(' ') : v);
    else if (k === 'style') Object.assign(el.style, v);  // CSSOM, allowed by the CSP
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'href') el.setAttribute('href', String(v).startsWith('#') ? v : safeUrl(v) || '#');
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

// h('a', {href: '#/x', class: 'y'}, 'text', child, [more])
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

// Only http(s) links leave the dashboard: never javascript:, data: or anything else.
export function safeUrl(u) {
  try {
    const url = new URL(String(u), window.location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function fmtNumber(n) {
  if (n === null || n === undefined || n === '') return '';
  const v = Number(n);
  if (!Number.isFinite(v)) return String(n);
  return v.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

// A snippet whose matches sit between U+E000 and U+E001 (private-use characters, asked for
// as the API's snippet=text marks) as
// text nodes and <mark> elements.
export function markedText(snippet) {
  const frag = document.createDocumentFragment();
  const parts = String(snippet || '').split(/([\uE000\uE001])/);
  let inMark = false;
  for (const p of parts) {
    if (p === '\uE000') inMark = true;
    else if (p === '\uE001') inMark = false;
    else if (p) frag.appendChild(inMark ? h('mark', null, p) : document.createTextNode(p));
  }
  return frag;
}

// A button-like element that works with the keyboard (Enter and Space).
export function activate(el, fn) {
  el.addEventListener('click', fn);
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      fn(e);
    }
  });
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0');
  return el;
}

export function loading(text = 'Loading…') {
  return h('p', { class: 'loading', role: 'status' }, text);
}

export function errorBox(err) {
  const code = err && err.code ? err.code : 'error';
  return h('div', { class: 'error', role: 'alert' }, h('strong', null, code), ': ', err && err.message ? err.message : String(err));
}

export function empty(text) {
  return h('p', { class: 'empty' }, text);
}
