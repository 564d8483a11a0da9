// An entity's profile: roles, mentions over time, co-occurring entities, its quotes and events.
import { get } from '../api.js';
import { h, clear, loading, errorBox, empty, fmtNumber } from '../dom.js';
import { link } from '../nav.js';
import { section, docLink, dayOf } from '../ui.js';
import { bars } from '../charts.js';
import { eventTable } from './events.js';

function table(rows, cols) {
  if (!rows || !rows.length) return empty('None.');
  return h('table', { class: 'rows' }, h('thead', null, h('tr', null, cols.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', null, rows.map((r) => h('tr', null, cols.map((c) => h('td', null, r[c] === null || r[c] === undefined ? '' : String(r[c])))))));
}

export async function render(main, arg, params, current) {
  main.appendChild(h('h1', { class: 'page-title' }, arg));
  const box = h('div', null, loading());
  main.appendChild(box);
  let p;
  try {
    p = await get(`entities/${encodeURIComponent(arg)}`, { from: params.from, to: params.to, limit: 20 });
  } catch (e) {
    if (current()) clear(box).appendChild(errorBox(e));
    return;
  }
  if (!current()) return;
  clear(box);
  const ent = p.entity || [];
  box.appendChild(h('p', { class: 'muted' }, ent.map((e) => `${e.name} (${e.type}): ${fmtNumber(e.stories)} stories, ${fmtNumber(e.mentions)} mentions, ${e.first || '?'} to ${e.last || '?'}`).join('; '),
    ' · ', h('a', { href: link('search', '', { q: `"${arg.replace(/"/g, '')}"` }) }, 'search articles'),
    ' · ', h('a', { href: link('quotes', '', { about: arg }) }, 'quotes about it')));
  const tl = (p.timeline || []).slice().sort((a, b) => String(a.month || a.period).localeCompare(String(b.month || b.period)));
  box.appendChild(section('Mentions over time', tl.length ? bars(tl.map((r) => ({ x: r.month || r.period, value: r.stories, title: `${r.month || r.period}: ${r.stories} stories, ${r.mentions} mentions` })), { label: 'Stories per month' }) : empty('No dated mentions.')));
  box.appendChild(h('div', { class: 'two-col' },
    section('Roles', table(p.roles, Object.keys((p.roles || [])[0] || { role: 1 }))),
    section('Appears with', (p.cooccurring || []).length ? h('ul', { class: 'facet' }, p.cooccurring.map((c) => h('li', null,
      h('a', { href: link('entity', c.name) }, h('span', { class: 'facet-v' }, `${c.name}`), h('span', { class: 'facet-n' }, `${fmtNumber(c.stories)} stories`))))) : empty('None.'))));
  box.appendChild(section('Its quotes', (p.quotes || []).length ? h('ul', { class: 'quote-list' }, p.quotes.map((q) => h('li', { class: 'quote-item' },
    h('blockquote', null, q.text), h('p', { class: 'quote-meta' }, `${dayOf(q)} · `, q.doc_id ? h('a', { href: docLink(q, { kind: 'quote', text: q.text }) }, 'in context →') : '')))) : empty('None.')));
  box.appendChild(section('Its events', (p.events || []).length ? eventTable(p.events) : empty('None.')));
}
