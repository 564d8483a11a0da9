// Events: the actor network (who did what to whom), a timeline by type, and the records.
import { get } from '../api.js';
import { h, clear, loading, errorBox, empty, fmtNumber } from '../dom.js';
import { go } from '../nav.js';
import { filterForm, pager, section, docLink, EVENT_TYPES, dayOf, monthOf, monthsBetween } from '../ui.js';
import { network, swimlanes } from '../charts.js';

export const FIELDS = [
  { name: 'actor', label: 'Actor', placeholder: 'who acted' },
  { name: 'target', label: 'Target', placeholder: 'who was acted on' },
  { name: 'type', label: 'Type', type: 'select', options: [['', 'any'], ...EVENT_TYPES.map((t) => [t, t])] },
  { name: 'from', label: 'From', type: 'date' },
  { name: 'to', label: 'To', type: 'date' },
  { name: 'negated', label: 'Include denied / hypothetical', type: 'checkbox' },
];

function lastDay(month) {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export function eventTable(rows) {
  return h('table', { class: 'rows' },
    h('thead', null, h('tr', null, ['Date', 'Type', 'Actor', 'Target', 'Place', 'Words', ''].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', null, rows.map((r) => h('tr', { class: r.negated ? 'negated' : '' },
      h('td', { class: 'date' }, r.date || dayOf(r)), h('td', null, r.type), h('td', null, r.actor || ''), h('td', null, r.target || ''),
      h('td', null, r.place || ''), h('td', { class: 'words' }, r.text || ''),
      h('td', { class: 'go' }, h('a', { href: docLink(r, { kind: 'event', text: r.text }) }, 'in context →'))))));
}

export async function render(main, _arg, params, current) {
  main.appendChild(h('h1', { class: 'page-title' }, 'Events'));
  main.appendChild(filterForm('events', FIELDS, params));
  const filters = { actor: params.actor, target: params.target, type: params.type, from: params.from, to: params.to, negated: params.negated };
  const net = h('div', { class: 'chart-box' }, loading());
  const timeline = h('div', { class: 'chart-box' }, loading());
  const list = h('div', null, loading());
  main.appendChild(h('div', { class: 'two-col' },
    section('Actor network', h('p', { class: 'muted small' }, 'Arrows from actor to target; width: stories. Select an actor to filter.'), net),
    section('Timeline by type', timeline)));
  main.appendChild(section('Events', list));
  try {
    const [dyads, rows, page] = await Promise.all([
      get('events/dyads', { ...filters, limit: 60 }),
      get('events', { ...filters, limit: 1000 }),
      get('events', { ...filters, limit: 20, offset: params.offset || '' }),
    ]);
    if (!current()) return;
    // Network.
    const weight = new Map();
    for (const d of dyads.rows) {
      weight.set(d.actor, (weight.get(d.actor) || 0) + d.stories);
      weight.set(d.target, (weight.get(d.target) || 0) + d.stories);
    }
    const nodes = [...weight].map(([id, w]) => ({ id, weight: w }));
    clear(net).appendChild(nodes.length ? network(nodes, dyads.rows.map((d) => ({
      source: d.actor, target: d.target, weight: d.stories, title: `${d.actor} → ${d.target}: ${d.events} events in ${d.stories} stories (${d.types})`,
    })), {
      label: 'Actor network',
      onSelect: (n) => go('events', '', { ...filters, actor: n.id, offset: '' }),
      onSelectLink: (l) => go('events', '', { ...filters, actor: l.source, target: l.target, offset: '' }),
    }) : empty('No actor–target pairs for these filters.'));
    // Timeline: one lane per type, circles per month.
    const lanes = new Map();
    let lo = '', hi = '';
    for (const r of rows.rows) {
      const m = monthOf(r.date && /^\d{4}-\d{2}/.test(r.date) ? r.date : dayOf(r));
      if (!m) continue;
      if (!lanes.has(r.type)) lanes.set(r.type, new Map());
      const p = lanes.get(r.type);
      p.set(m, (p.get(m) || 0) + 1);
      if (!lo || m < lo) lo = m;
      if (!hi || m > hi) hi = m;
    }
    const periods = monthsBetween(lo, hi);
    clear(timeline).appendChild(periods.length ? swimlanes([...lanes].sort((a, b) => a[0].localeCompare(b[0])).map(([name, points]) => ({ name, points })), periods, {
      label: 'Events per month by type', onSelect: (r, p) => go('events', '', { ...filters, type: r.name, from: `${p}-01`, to: lastDay(p) }),
    }) : empty('No dated events.'));
    if (rows.next_offset !== null) timeline.appendChild(h('p', { class: 'muted small' }, `Drawn from the first ${fmtNumber(rows.rows.length)} events; narrow the filters for all.`));
    clear(list);
    if (!page.rows.length) list.appendChild(empty('No events for these filters.'));
    else list.append(eventTable(page.rows), pager('events', '', params, page));
  } catch (e) {
    if (current()) clear(list).appendChild(errorBox(e));
  }
}
