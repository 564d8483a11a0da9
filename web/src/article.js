// The article view: the clean text with entities, quotes, figures and events highlighted.
// Spans in the analysis are UTF-8 byte offsets; the page works in UTF-16 indexes, so a byte
// map is built once per document. Every highlight is a text node inside a <span>; clicking
// (or Enter on) a highlight shows its structured record in the side panel.
import { h, clear, activate, safeUrl, fmtNumber } from './dom.js';
import { link } from './nav.js';

// byte offset -> UTF-16 index, for every byte of the text (and its end).
function byteMap(text) {
  const bytes = new TextEncoder().encode(text).length;
  const map = new Uint32Array(bytes + 1);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i);
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    for (let k = 0; k < n && b + k < bytes; k++) map[b + k] = i;
    b += n;
    if (c > 0xffff) i++;
  }
  map[bytes] = text.length;
  return (off) => map[Math.max(0, Math.min(bytes, off | 0))];
}

const LAYERS = [
  { kind: 'entity', label: 'Entities' },
  { kind: 'quote', label: 'Quotes' },
  { kind: 'figure', label: 'Figures' },
  { kind: 'event', label: 'Events' },
];

// Collects every annotation with UTF-16 bounds.
function annotations(doc, at) {
  const out = [];
  (doc.entities || []).forEach((e, i) => {
    for (const m of e.mentions || []) {
      out.push({ kind: 'entity', id: `entity:${i}`, index: i, rec: e, start: at(m.start), end: at(m.end), sub: e.type });
    }
  });
  (doc.quotes || []).forEach((q, i) => out.push({ kind: 'quote', id: `quote:${i}`, index: i, rec: q, start: at(q.start), end: at(q.end) }));
  const conflicted = new Set();
  for (const c of doc.figure_conflicts || []) for (const f of c.figures || []) conflicted.add(f);
  (doc.figures || []).forEach((f, i) => out.push({
    kind: 'figure', id: `figure:${i}`, index: i, rec: f, start: at(f.start), end: at(f.end), conflict: conflicted.has(i),
  }));
  (doc.events || []).forEach((e, i) => out.push({ kind: 'event', id: `event:${i}`, index: i, rec: e, start: at(e.start), end: at(e.end) }));
  return out.filter((a) => a.end > a.start);
}

function field(label, value, href) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) return null;
  const v = href ? h('a', { href }, String(value)) : String(value);
  return [h('dt', null, label), h('dd', null, v)];
}

// The structured record of one annotation, as a definition list.
export function recordView(a, doc) {
  const r = a.rec;
  const parts = [];
  if (a.kind === 'entity') {
    parts.push(h('h3', null, r.name), h('p', { class: 'kind' }, `Entity · ${r.type}`));
    parts.push(h('dl', null,
      field('Role', r.role), field('Affiliation', r.affiliation), field('Country', r.country), field('Sector', r.sector),
      field('Mentions here', (r.mentions || []).length)));
    parts.push(h('p', null, h('a', { href: link('entity', r.name) }, 'Profile across the corpus →')));
  } else if (a.kind === 'quote') {
    const sp = r.speaker || {};
    parts.push(h('p', { class: 'kind' }, `Quote · ${r.kind}`), h('blockquote', { class: 'rec-quote' }, r.text));
    parts.push(h('dl', null,
      field('Speaker', sp.name, sp.name && !sp.anonymous ? link('quotes', '', { speaker: sp.name }) : null),
      field('Anonymous', sp.anonymous ? 'yes' : null), field('Description', sp.description !== sp.name ? sp.description : null),
      field('Why anonymous', sp.reason), field('Cue', r.cue), field('Addressee', r.addressee)));
  } else if (a.kind === 'figure') {
    parts.push(h('p', { class: 'kind' }, `Figure · ${r.category}`), h('h3', null, r.text));
    parts.push(h('dl', null,
      field('Value', r.low !== r.high ? `${fmtNumber(r.low)}–${fmtNumber(r.high)}` : fmtNumber(r.value)),
      field('Qualifier', r.qualifier), field('Vague', r.vague ? 'yes (a word, not a number)' : null), field('Unit', r.unit),
      field('Category', r.category, link('figures', '', { category: r.category })), field('Subject', r.subject),
      field('Place', r.place), field('Time', r.time), field('Source', r.source)));
    for (const c of doc.figure_conflicts || []) {
      if (!(c.figures || []).includes(a.index)) continue;
      parts.push(h('div', { class: 'conflict-note', role: 'note' }, h('strong', null, 'Conflict: '), c.why || '',
        h('ul', null, (c.figures || []).map((fi) => h('li', null, (doc.figures[fi] || {}).text || '')))));
    }
  } else if (a.kind === 'event') {
    const arg = (x) => (x && x.name ? `${x.name}${x.country ? ` (${x.country})` : ''}` : null);
    parts.push(h('p', { class: 'kind' }, `Event · ${r.type}${r.mode ? ' · ' + r.mode : ''}`), h('p', { class: 'rec-event' }, r.text));
    parts.push(h('dl', null,
      field('Type', r.type, link('events', '', { type: r.type })),
      field('Actor', arg(r.actor), r.actor && r.actor.name ? link('events', '', { actor: r.actor.name }) : null),
      field('Target', arg(r.target), r.target && r.target.name ? link('events', '', { target: r.target.name }) : null),
      field('Trigger', r.trigger), field('Place', r.place), field('Date', r.date),
      field('Negated', r.negated ? 'yes' : null), field('Modality', r.modality),
      field('Size', r.size ? `${fmtNumber(r.size)} ${r.size_category || ''}` : null)));
  }
  return h('div', { class: `record record-${a.kind}` }, parts);
}

// Splits [start, end) of the text into runs with the set of annotations covering each.
function runs(text, start, end, anns) {
  const points = new Set([start, end]);
  for (const a of anns) {
    if (a.start > start && a.start < end) points.add(a.start);
    if (a.end > start && a.end < end) points.add(a.end);
  }
  const sorted = [...points].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const s = sorted[i], e = sorted[i + 1];
    out.push({ start: s, end: e, text: text.slice(s, e), cover: anns.filter((a) => a.start <= s && a.end >= e) });
  }
  return out;
}

const TAG = { title: 'h1', heading: 'h3', body: 'p', caption: 'p', byline: 'p', pull_quote: 'p' };

// Renders the document; `focus` = {kind, text} selects the first matching annotation.
export function renderArticle(doc, { focus, meta } = {}) {
  const d = doc.document || {};
  const text = d.text || '';
  const at = byteMap(text);
  const all = annotations(doc, at);
  const byId = new Map();
  for (const a of all) if (!byId.has(a.id)) byId.set(a.id, a);

  const panel = h('div', { class: 'record-panel', 'aria-live': 'polite' },
    h('p', { class: 'hint' }, 'Select a highlight (click, or Tab then Enter) to see its record.'));
  const body = h('div', { class: 'article-body' });
  const root = h('div', { class: 'article-layout' });
  let selected = [];

  function select(id, scroll) {
    const a = byId.get(id);
    if (!a) return;
    selected.forEach((el) => el.classList.remove('selected'));
    selected = [...body.querySelectorAll(`[data-ids~="${CSS.escape(id)}"]`)];
    selected.forEach((el) => el.classList.add('selected'));
    if (scroll && selected[0]) selected[0].scrollIntoView({ block: 'center', behavior: 'auto' });
    clear(panel).appendChild(recordView(a, doc));
  }

  // Paragraphs.
  const paras = d.paragraphs && d.paragraphs.length ? d.paragraphs : [{ kind: 'body', start: 0, end: new TextEncoder().encode(text).length }];
  let hasTitle = false;
  for (const p of paras) {
    const ps = at(p.start), pe = at(p.end);
    const inside = all.filter((a) => a.end > ps && a.start < pe);
    const kind = p.kind || 'body';
    if (kind === 'title') hasTitle = true;
    const el = h(TAG[kind] || 'p', { class: `para para-${kind}` });
    const quoteEnds = new Map();
    for (const a of inside) if (a.kind === 'quote') quoteEnds.set(Math.min(a.end, pe), a);
    for (const r of runs(text, ps, pe, inside)) {
      let node;
      if (!r.cover.length) {
        node = document.createTextNode(r.text);
      } else {
        const cls = ['hl'];
        for (const a of r.cover) {
          cls.push(`hl-${a.kind}`);
          if (a.sub) cls.push(`hl-entity-${a.sub}`);
          if (a.conflict) cls.push('hl-conflict');
        }
        // The narrowest annotation wins a click: a figure inside a quote opens the figure.
        const order = [...r.cover].sort((x, y) => (x.end - x.start) - (y.end - y.start));
        const starts = r.cover.some((a) => a.start === r.start);
        node = h('span', { class: cls, dataset: { ids: order.map((a) => a.id).join(' ') } }, r.text);
        if (starts) {
          node.setAttribute('role', 'button');
          node.setAttribute('aria-label', `${order[0].kind}: ${r.text}`);
        }
        const target = order[0].id;
        activate(node, (e) => {
          e.stopPropagation();
          select(target, false);
        });
        if (!starts) node.setAttribute('tabindex', '-1');
      }
      el.appendChild(node);
      const q = quoteEnds.get(r.end);
      if (q && q.rec.speaker && q.rec.speaker.name) {
        const tag = h('span', { class: 'speaker-tag', role: 'button', 'aria-label': `quote by ${q.rec.speaker.name}` },
          '— ', q.rec.speaker.name);
        activate(tag, () => select(q.id, false));
        el.appendChild(tag);
        quoteEnds.delete(r.end);
      }
    }
    if (kind === 'pull_quote') {
      const aside = h('aside', { class: 'pull-quote', 'aria-label': 'Pull quote' }, el,
        p.attribution ? h('p', { class: 'pull-attrib' }, '— ', p.attribution) : null);
      body.appendChild(aside);
    } else {
      body.appendChild(el);
    }
  }

  // Header: title (unless the text carries it), byline, date, source.
  const head = h('div', { class: 'article-head' },
    !hasTitle && d.title ? h('h1', null, d.title) : null,
    h('p', { class: 'article-meta' },
      [d.published, meta && meta.source, d.byline, d.format].filter(Boolean).join(' · '),
      d.url && safeUrl(d.url) ? [' · ', h('a', { href: safeUrl(d.url), rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')] : null));

  // Layer switches and the facts of this article as lists.
  const toggles = h('fieldset', { class: 'layers' }, h('legend', null, 'Highlight'),
    LAYERS.map((l) => {
      const count = new Set(all.filter((a) => a.kind === l.kind).map((a) => a.id)).size;
      const box = h('input', { type: 'checkbox', checked: true, id: `layer-${l.kind}` });
      box.addEventListener('change', () => body.classList.toggle(`hide-${l.kind}`, !box.checked));
      return h('label', { class: `layer layer-${l.kind}`, for: `layer-${l.kind}` }, box, ` ${l.label} `, h('span', { class: 'count' }, String(count)));
    }));

  function factList(title, kind, items, labelOf) {
    if (!items.length) return null;
    return h('details', { class: `facts facts-${kind}`, open: kind !== 'entity' },
      h('summary', null, `${title} (${items.length})`),
      h('ol', null, items.map((it, i) => {
        const b = h('button', { type: 'button', class: 'fact-link' }, labelOf(it));
        b.addEventListener('click', () => select(`${kind}:${i}`, true));
        return h('li', null, b);
      })));
  }
  const lists = h('div', { class: 'fact-lists' },
    factList('Quotes', 'quote', doc.quotes || [], (q) => [h('span', { class: 'who' }, (q.speaker && q.speaker.name) || 'unknown'), ': “', q.text, '”']),
    factList('Figures', 'figure', doc.figures || [], (f) => [h('span', { class: 'who' }, f.category), ' ', f.text]),
    factList('Events', 'event', doc.events || [], (e) => [h('span', { class: 'who' }, e.type), ' ',
      [(e.actor && e.actor.name) || '?', '→', (e.target && e.target.name) || '?'].join(' ')]),
    factList('Entities', 'entity', doc.entities || [], (e) => [h('span', { class: 'who' }, e.type), ' ', e.name]));

  root.appendChild(h('article', { class: 'article' }, head, body));
  root.appendChild(h('aside', { class: 'article-side', 'aria-label': 'Facts in this article' }, toggles, panel, lists));

  if (focus && focus.kind) {
    const want = String(focus.text || '');
    const hit = all.find((a) => a.kind === focus.kind && (!want || String(a.rec.text || '').startsWith(want.slice(0, 60))));
    if (hit) setTimeout(() => select(hit.id, true), 0);
  }
  return root;
}
