// Figures over time by category and place: one count per story (its highest credible figure),
// periods where copies of one story disagree marked, every bar leading to its sentences.
import { get } from '../api.js';
import { h, clear, loading, errorBox, empty, fmtNumber } from '../dom.js';
import { go } from '../nav.js';
import { filterForm, pager, section, periodRange, docLink, CATEGORIES, dayOf } from '../ui.js';
import { bars } from '../charts.js';

const FIELDS = [
  { name: 'category', label: 'Category', type: 'select', options: [['', 'all'], ...CATEGORIES.map((c) => [c, c])] },
  { name: 'place', label: 'Place', placeholder: 'Gaza, Khartoum…' },
  { name: 'from', label: 'From', type: 'date' },
  { name: 'to', label: 'To', type: 'date' },
  { name: 'period', label: 'Per', type: 'select', options: [['month', 'month'], ['week', 'week'], ['day', 'day']] },
];

const QUALIFIER = { approx: '~', over: '>', under: '<', at_least: '≥', at_most: '≤' };
function valueText(r) {
  if (r.qualifier === 'range' && r.low !== r.high) return `${fmtNumber(r.low)}–${fmtNumber(r.high)}`;
  return `${QUALIFIER[r.qualifier] || ''}${fmtNumber(r.value)}`;
}

// Stories whose copies give different values for one category in one period.
function conflicts(rows, period) {
  const key = (r) => `${r.category}|${periodOf(dayOf(r), period)}`;
  const seen = new Map();
  for (const r of rows) {
    if (!r.credible) continue;
    const k = `${key(r)}|${r.story_id}`;
    if (!seen.has(k)) seen.set(k, new Set());
    seen.get(k).add(Number(r.value));
  }
  const out = new Set();
  for (const [k, vals] of seen) if (vals.size > 1) out.add(k.split('|').slice(0, 2).join('|'));
  return out;
}

function periodOf(day, period) {
  if (!day) return '';
  if (period === 'month') return day.slice(0, 7);
  if (period === 'week') {
    const d = new Date(`${day}T00:00:00Z`);
    const dow = (d.getUTCDay() + 6) % 7;
    return new Date(d.getTime() - dow * 86400000).toISOString().slice(0, 10);
  }
  return day;
}

export async function render(main, _arg, params, current) {
  const period = ['day', 'week', 'month'].includes(params.period) ? params.period : 'month';
  main.appendChild(h('h1', { class: 'page-title' }, 'Figures'));
  main.appendChild(filterForm('figures', FIELDS, { ...params, period }));
  const charts = h('div', { class: 'small-multiples' }, loading());
  const places = h('div', null, loading());
  const list = h('div', null, loading());
  main.appendChild(section('Over time', h('p', { class: 'muted small' },
    'Bars: the sum over stories of each story’s highest credible figure (ten copies of “15 killed” count 15 once). ',
    h('span', { class: 'legend-mark' }), ' copies of one story disagree. Select a bar to list its figures.'), charts));
  const listTitle = params.from && params.to && params.sel ? `Figures ${params.from} to ${params.to}` : 'Figures';
  main.appendChild(h('div', { class: 'two-col wide-left' }, section(listTitle, list), section('By place', places)));

  const filters = { category: params.category, place: params.place, from: params.from, to: params.to };
  try {
    const [tl, rows, page] = await Promise.all([
      get('figures/timeline', { ...filters, period, limit: 5000 }),
      get('figures', { ...filters, credible: true, limit: 1000 }),
      get('figures', { ...filters, limit: 20, offset: params.offset || '' }),
    ]);
    if (!current()) return;
    const marked = conflicts(rows.rows, period);
    const byCat = new Map();
    for (const r of tl.rows) {
      if (!byCat.has(r.category)) byCat.set(r.category, []);
      byCat.get(r.category).push(r);
    }
    clear(charts);
    if (!byCat.size) charts.appendChild(empty('No credible figures for these filters.'));
    for (const [cat, rs] of [...byCat].sort((a, b) => CATEGORIES.indexOf(a[0]) - CATEGORIES.indexOf(b[0]))) {
      rs.sort((a, b) => String(a.period).localeCompare(String(b.period)));
      const data = rs.map((r) => ({
        x: r.period, value: r.sum_of_story_max, mark: marked.has(`${cat}|${r.period}`),
        title: `${cat}, ${r.period}: ${fmtNumber(r.sum_of_story_max)} over ${r.stories} stories (${r.documents} documents; largest ${fmtNumber(r.max)})`,
      }));
      charts.appendChild(h('figure', { class: 'multiple' }, h('figcaption', null, cat), bars(data, {
        width: 420, height: 150, label: `${cat} per ${period}`, markLabel: 'copies of one story disagree',
        onSelect: (d) => {
          const [from, to] = periodRange(d.x, period);
          go('figures', '', { ...filters, category: cat, from, to, period, sel: '1' });
        },
      })));
    }
    // Places: stories per place among the credible figures fetched.
    const perPlace = new Map();
    for (const r of rows.rows) {
      const p = r.place || '(no place)';
      if (!perPlace.has(p)) perPlace.set(p, new Set());
      perPlace.get(p).add(r.story_id);
    }
    const ranked = [...perPlace].map(([p, s]) => [p, s.size]).sort((a, b) => b[1] - a[1]).slice(0, 20);
    clear(places).appendChild(ranked.length ? h('ul', { class: 'facet' }, ranked.map(([p, n]) => h('li', null,
      p === '(no place)' ? h('span', { class: 'facet-row' }, h('span', { class: 'facet-v' }, p), h('span', { class: 'facet-n' }, `${n} stories`))
        : h('a', { href: `#/figures?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)), place: p, period })}` },
          h('span', { class: 'facet-v' }, p), h('span', { class: 'facet-n' }, `${n} stories`))))) : empty('No places.'));

    clear(list);
    if (!page.rows.length) list.appendChild(empty('No figures.'));
    else {
      list.appendChild(h('table', { class: 'rows' },
        h('thead', null, h('tr', null, ['Figure', 'Category', 'Value', 'Place', 'Date', 'Source', ''].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', null, page.rows.map((r) => h('tr', { class: r.credible ? '' : 'not-credible' },
          h('td', null, r.text), h('td', null, r.category), h('td', { class: 'num' }, valueText(r)),
          h('td', null, r.place || ''), h('td', { class: 'date' }, dayOf(r)), h('td', null, r.source || ''),
          h('td', { class: 'go' }, h('a', { href: docLink(r, { kind: 'figure', text: r.text }), 'aria-label': `open the sentence of ${r.text}` }, 'sentence →')))))));
      list.appendChild(pager('figures', '', params, page));
    }
  } catch (e) {
    if (current()) clear(charts).appendChild(errorBox(e));
  }
}
