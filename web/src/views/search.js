// Search with facets (date, source, entity, event type) and highlighted snippets.
import { get, ApiError } from '../api.js';
import { h, clear, loading, errorBox, empty, markedText, fmtNumber } from '../dom.js';
import { link } from '../nav.js';
import { filterForm, pager, docLink, EVENT_TYPES, dayOf } from '../ui.js';

const FIELDS = [
  { name: 'q', label: 'Words', type: 'search', placeholder: 'ceasefire OR truce, "failed state", displac*', wide: true },
  { name: 'from', label: 'From', type: 'date' },
  { name: 'to', label: 'To', type: 'date' },
  { name: 'source', label: 'Source', placeholder: 'reuters.com' },
  { name: 'entity', label: 'Entity', placeholder: 'a person, place, group' },
  { name: 'event_type', label: 'Event type', type: 'select', options: [['', 'any'], ...EVENT_TYPES.map((t) => [t, t])] },
  { name: 'sort', label: 'Order', type: 'select', options: [['rank', 'best match'], ['date', 'newest']] },
];

function lastDay(month) {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function facetPanel(params, facets) {
  const chips = ['from', 'to', 'source', 'entity', 'event_type'].filter((k) => params[k]).map((k) => {
    const rest = { ...params };
    delete rest[k];
    delete rest.offset;
    return h('a', { class: 'chip', href: link('search', '', rest), 'aria-label': `remove filter ${k}` }, `${k}: ${params[k]} ✕`);
  });
  const parts = [h('h2', null, 'Refine')];
  if (chips.length) parts.push(h('div', { class: 'chips' }, chips));
  if (facets) {
    const maxM = Math.max(1, ...facets.month.map((m) => m.count));
    parts.push(h('h3', null, 'Date'), h('ul', { class: 'facet facet-month' }, facets.month.map((m) => {
      const dated = /^\d{4}-\d{2}$/.test(m.value);
      const bar = h('span', { class: 'facet-bar', style: { width: `${Math.round((100 * m.count) / maxM)}%` } });
      const label = [h('span', { class: 'facet-v' }, m.value), h('span', { class: 'facet-n' }, fmtNumber(m.count)), bar];
      return h('li', null, dated ? h('a', { href: link('search', '', { ...params, from: `${m.value}-01`, to: lastDay(m.value), offset: '' }) }, label) : h('span', { class: 'facet-row' }, label));
    })));
    parts.push(h('h3', null, 'Source'), h('ul', { class: 'facet' }, facets.source.map((f) =>
      h('li', null, f.value === '(unknown)' ? h('span', { class: 'facet-row' }, h('span', { class: 'facet-v' }, f.value), h('span', { class: 'facet-n' }, fmtNumber(f.count)))
        : h('a', { href: link('search', '', { ...params, source: f.value, offset: '' }) },
          h('span', { class: 'facet-v' }, f.value), h('span', { class: 'facet-n' }, fmtNumber(f.count)))))));
    const linked = (name, rows, label) => rows.map((f) =>
      h('li', null, h('a', { href: link('search', '', { ...params, [name]: f.value, offset: '' }), 'aria-label': `${label} ${f.value}: ${f.count}` },
        h('span', { class: 'facet-v' }, f.value), h('span', { class: 'facet-n' }, fmtNumber(f.count)))));
    if ((facets.event_type || []).length) {
      parts.push(h('h3', null, 'Event type'), h('ul', { class: 'facet facet-event-type' }, linked('event_type', facets.event_type, 'event type')));
    }
    if ((facets.entity || []).length) {
      parts.push(h('h3', null, 'Entity'), h('ul', { class: 'facet facet-entity' }, linked('entity', facets.entity.slice(0, 15), 'entity')));
    }
    parts.push(h('p', { class: 'muted small' }, `Counts over the ${params.sort === 'date' ? 'newest' : 'best'} ${fmtNumber(facets.basis)} matches.`));
  }
  return h('aside', { class: 'facets', 'aria-label': 'Facets' }, parts);
}

export async function render(main, _arg, params, current) {
  main.appendChild(h('h1', { class: 'page-title' }, 'Search'));
  main.appendChild(filterForm('search', FIELDS, params, { submitLabel: 'Search' }));
  const q = main.querySelector('input[name=q]');
  if (!params.q) {
    main.appendChild(empty('Type words to search the articles. Filters narrow by date, site, entity mentioned and event type.'));
    q.focus();
    return;
  }
  const results = h('div', { class: 'results' }, loading());
  const layout = h('div', { class: 'search-layout' }, h('div', { class: 'facets-slot' }), results);
  main.appendChild(layout);
  const offset = Number(params.offset || 0);
  const args = {
    q: params.q, from: params.from, to: params.to, source: params.source, entity: params.entity,
    event_type: params.event_type, sort: params.sort === 'date' ? 'date' : '', snippet: 'text',
    mark_open: '\uE000', mark_close: '\uE001', limit: 20, offset: offset || '', facets: true,
  };
  let page;
  try {
    page = await get('search', args);
  } catch (e) {
    if (!current()) return;
    clear(results).appendChild(errorBox(e instanceof ApiError && e.code === 'query_timeout'
      ? { code: e.code, message: `${e.message}. Add a date range or a filter.` } : e));
    return;
  }
  if (!current()) return;
  layout.replaceChild(facetPanel(params, page.facets), layout.firstChild);
  clear(results);
  if (!page.rows.length) {
    results.appendChild(empty('No article matches. Try fewer words, OR between alternatives, or a prefix*.'));
    return;
  }
  results.appendChild(h('ol', { class: 'hits', start: offset + 1 }, page.rows.map((r) => {
    const a = h('a', { href: docLink(r), class: 'hit-title' }, r.title || `Document ${r.doc_id}`);
    return h('li', { class: 'hit' }, a,
      h('p', { class: 'hit-meta' }, [dayOf(r), r.source, r.story_id !== r.doc_id ? `story ${r.story_id}` : null].filter(Boolean).join(' · ')),
      h('p', { class: 'snippet' }, markedText(r.snippet)));
  })));
  results.appendChild(pager('search', '', params, page));
}
