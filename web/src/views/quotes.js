// Quotes by speaker over time: who was quoted most, when, and the quotes themselves.
import { get } from '../api.js';
import { h, clear, loading, errorBox, empty, fmtNumber } from '../dom.js';
import { go, link } from '../nav.js';
import { filterForm, pager, section, monthOf, monthsBetween, docLink, dayOf } from '../ui.js';
import { swimlanes } from '../charts.js';

const FIELDS = [
  { name: 'speaker', label: 'Speaker', placeholder: 'a name, or part of it' },
  { name: 'about', label: 'About', placeholder: 'an entity the quote mentions' },
  { name: 'q', label: 'Words in the quote', placeholder: 'failed state' },
  { name: 'from', label: 'From', type: 'date' },
  { name: 'to', label: 'To', type: 'date' },
];
const LANES = 8;

function lastDay(month) {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export async function render(main, _arg, params, current) {
  main.appendChild(h('h1', { class: 'page-title' }, 'Quotes'));
  main.appendChild(filterForm('quotes', FIELDS, params));
  const filters = { about: params.about, q: params.q, from: params.from, to: params.to };
  const top = h('div', null, loading());
  const chart = h('div', { class: 'chart-box' }, loading());
  const list = h('div', null, loading());
  main.appendChild(h('div', { class: 'two-col wide-right' },
    section('Quoted most', h('p', { class: 'muted small' }, 'Ranked by stories: copies of one wire story count once.'), top),
    section('Quotes by speaker over time', chart)));
  main.appendChild(section(params.speaker ? `Quotes by ${params.speaker}` : 'Latest quotes', list));

  const offset = Number(params.offset || 0);
  try {
    const [speakers, quotes] = await Promise.all([
      get('quotes/speakers', { ...filters, speaker: params.speaker, limit: 15 }),
      get('quotes', { ...filters, speaker: params.speaker, limit: 20, offset: offset || '' }),
    ]);
    if (!current()) return;
    clear(top).appendChild(speakers.rows.length ? h('table', { class: 'rows' },
      h('thead', null, h('tr', null, ['Speaker', 'Stories', 'Quotes', 'First', 'Last'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, speakers.rows.map((r) => h('tr', null,
        h('td', null, h('a', { href: link('quotes', '', { ...filters, speaker: r.speaker }) }, r.speaker)),
        h('td', { class: 'num' }, fmtNumber(r.stories)), h('td', { class: 'num' }, fmtNumber(r.quotes)),
        h('td', { class: 'date' }, r.first || ''), h('td', { class: 'date' }, r.last || ''))))) : empty('No named speakers for these filters.'));

    clear(list);
    if (!quotes.rows.length) list.appendChild(empty('No quotes for these filters.'));
    else {
      list.appendChild(h('ol', { class: 'quote-list', start: offset + 1 }, quotes.rows.map((r) => h('li', { class: 'quote-item' },
        h('blockquote', null, r.kind === 'indirect' ? r.text : `“${r.text}”`),
        h('p', { class: 'quote-meta' },
          h('a', { href: link('quotes', '', { ...filters, speaker: r.speaker }) }, r.speaker || 'unknown'),
          r.anonymous ? ' (anonymous)' : '', ` · ${r.cue || ''} · ${dayOf(r)}${r.source ? ' · ' + r.source : ''} · `,
          h('a', { href: docLink(r, { kind: 'quote', text: r.text }) }, 'in context →'))))));
      list.appendChild(pager('quotes', '', params, quotes));
    }

    // The lanes: the top speakers (or the one chosen), counted per month.
    const names = params.speaker ? [params.speaker] : speakers.rows.slice(0, LANES).map((r) => r.speaker);
    if (!names.length) {
      clear(chart).appendChild(empty('Nothing to draw.'));
      return;
    }
    const per = await Promise.all(names.map((n) => get('quotes', { ...filters, speaker: n, limit: 1000 })));
    if (!current()) return;
    let lo = '', hi = '';
    const rows = names.map((n, i) => {
      const points = new Map();
      for (const r of per[i].rows) {
        const m = monthOf(dayOf(r));
        if (!m) continue;
        points.set(m, (points.get(m) || 0) + 1);
        if (!lo || m < lo) lo = m;
        if (!hi || m > hi) hi = m;
      }
      return { name: n, points };
    });
    const periods = monthsBetween(lo, hi);
    clear(chart).appendChild(periods.length ? swimlanes(rows, periods, {
      label: 'Quotes per month for the speakers quoted most',
      onSelect: (r, p) => go('quotes', '', { ...filters, speaker: r.name, from: `${p}-01`, to: lastDay(p) }),
    }) : empty('No dated quotes.'));
    chart.appendChild(h('p', { class: 'muted small' }, 'One row per speaker, one circle per month (area: quotes). Select a circle to read that month’s quotes.'));
  } catch (e) {
    if (current()) clear(list).appendChild(errorBox(e));
  }
}
