// The landing page: what the corpus holds, and where to start.
import { get } from '../api.js';
import { h, fmtNumber, loading, clear, errorBox } from '../dom.js';
import { link } from '../nav.js';
import { section } from '../ui.js';

export async function render(main, _arg, _params, current) {
  const q = h('input', { type: 'search', name: 'q', id: 'home-q', placeholder: 'Search the corpus: words, "a phrase", OR, NOT, prefix*', autocomplete: 'off' });
  const form = h('form', { class: 'hero', role: 'search' },
    h('label', { for: 'home-q', class: 'sr-only' }, 'Search'), q, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (q.value.trim()) window.location.hash = link('search', '', { q: q.value.trim() });
  });
  const statsBox = h('div', { class: 'stat-grid' }, loading());
  const speakers = h('div', null, loading());
  const dyads = h('div', null, loading());
  main.append(h('h1', { class: 'page-title' }, 'The corpus'), form, statsBox,
    h('div', { class: 'two-col' }, section('Quoted most (by stories)', speakers), section('Actor pairs (by stories)', dyads)));
  q.focus();
  try {
    const [st, sp, dy] = await Promise.all([get('stats'), get('quotes/speakers', { limit: 10 }), get('events/dyads', { limit: 10 })]);
    if (!current()) return;
    clear(statsBox).append(...['documents', 'stories', 'sources', 'entities', 'quotes', 'figures', 'events'].map((k) =>
      h('div', { class: 'stat' }, h('span', { class: 'stat-n' }, fmtNumber(st[k] || 0)), h('span', { class: 'stat-k' }, k))),
    h('p', { class: 'stat-range' }, st.first_day ? `From ${st.first_day} to ${st.last_day}` : 'Empty: ingest articles with `factwire ingest` or POST /api/ingest.'));
    clear(speakers).appendChild(sp.rows.length ? h('ol', { class: 'ranked' }, sp.rows.map((r) =>
      h('li', null, h('a', { href: link('quotes', '', { speaker: r.speaker }) }, r.speaker), ' ', h('span', { class: 'muted' }, `${r.stories} stories, ${r.quotes} quotes`)))) : h('p', { class: 'empty' }, 'No quotes yet.'));
    clear(dyads).appendChild(dy.rows.length ? h('ol', { class: 'ranked' }, dy.rows.map((r) =>
      h('li', null, h('a', { href: link('events', '', { actor: r.actor, target: r.target }) }, `${r.actor} → ${r.target}`), ' ',
        h('span', { class: 'muted' }, `${r.stories} stories · ${r.types}`)))) : h('p', { class: 'empty' }, 'No events yet.'));
  } catch (e) {
    if (current()) clear(statsBox).appendChild(errorBox(e));
  }
}
