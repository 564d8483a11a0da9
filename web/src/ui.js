// Shared pieces of the views: filter forms, pagers, tables of rows, month arithmetic.
import { h, fmtNumber } from './dom.js';
import { go, link } from './nav.js';

// fields: [{name, label, type: 'text'|'date'|'select'|'checkbox', options, placeholder}]
export function filterForm(view, fields, values, { submitLabel = 'Apply', extra } = {}) {
  const inputs = {};
  const form = h('form', { class: 'filters', role: 'search' });
  for (const f of fields) {
    let input;
    const id = `f-${view}-${f.name}`;
    if (f.type === 'select') {
      input = h('select', { id, name: f.name },
        f.options.map(([v, l]) => h('option', { value: v, selected: String(values[f.name] || '') === v }, l)));
    } else if (f.type === 'checkbox') {
      input = h('input', { id, name: f.name, type: 'checkbox', checked: !!values[f.name] });
    } else {
      input = h('input', {
        id, name: f.name, type: f.type || 'text', value: values[f.name] || '', placeholder: f.placeholder || '',
        autocomplete: 'off', spellcheck: f.type === 'search' ? 'false' : null,
      });
    }
    inputs[f.name] = input;
    form.appendChild(h('label', { class: `field field-${f.type || 'text'} ${f.wide ? 'wide' : ''}`, for: id },
      h('span', null, f.label), input));
  }
  form.appendChild(h('button', { type: 'submit' }, submitLabel));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const out = {};
    for (const f of fields) {
      const v = f.type === 'checkbox' ? (inputs[f.name].checked ? '1' : '') : inputs[f.name].value.trim();
      if (v) out[f.name] = v;
    }
    if (extra) Object.assign(out, extra());
    go(view, '', out);
  });
  return form;
}

export function pager(view, arg, params, page) {
  if (!page) return null;
  const offset = page.offset || 0, limit = page.limit || 20;
  const shown = page.rows ? page.rows.length : 0;
  const prev = offset > 0 ? link(view, arg, { ...params, offset: Math.max(0, offset - limit) || '' }) : null;
  const next = page.next_offset !== null && page.next_offset !== undefined ? link(view, arg, { ...params, offset: page.next_offset }) : null;
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    prev ? h('a', { href: prev, rel: 'prev' }, '← Previous') : h('span', { class: 'disabled' }, '← Previous'),
    h('span', { class: 'range' }, shown ? `${fmtNumber(offset + 1)}–${fmtNumber(offset + shown)}` : 'no rows'),
    next ? h('a', { href: next, rel: 'next' }, 'Next →') : h('span', { class: 'disabled' }, 'Next →'));
}

export function section(title, ...children) {
  return h('section', { class: 'panel' }, h('h2', null, title), children);
}

// "2024-06-05" -> "2024-06"
export const monthOf = (d) => (d ? String(d).slice(0, 7) : '');

// The first and last day of a period named by the API's timeline ("2024-06", "2024-06-03" for
// a week by its Monday, or a day).
export function periodRange(period, kind) {
  if (kind === 'month') return [period, period];
  if (kind === 'week') {
    const d = new Date(`${period}T00:00:00Z`);
    const e = new Date(d.getTime() + 6 * 86400000);
    return [period, e.toISOString().slice(0, 10)];
  }
  return [period, period];
}

// Consecutive months from a to b inclusive ("2024-01", "2024-03" -> 3 months).
export function monthsBetween(a, b) {
  const out = [];
  if (!a || !b) return out;
  let [y, m] = a.split('-').map(Number);
  const [y2, m2] = b.split('-').map(Number);
  while ((y < y2 || (y === y2 && m <= m2)) && out.length < 600) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

export function docLink(row, focus) {
  const params = focus ? { kind: focus.kind, t: String(focus.text || '').slice(0, 80) } : {};
  return link('doc', String(row.doc_id), params);
}

export const dayOf = (row) => row.day || row.published || '';

export const CATEGORIES = ['killed', 'injured', 'displaced', 'arrested', 'missing', 'destroyed', 'deployed', 'money', 'other'];
export const EVENT_TYPES = ['ACCUSE', 'AGREE', 'AID', 'ASSAULT', 'COERCE', 'CONCEDE', 'CONSULT', 'COOPERATE', 'MOBILIZE',
  'PROTEST', 'REJECT', 'REQUEST', 'RETREAT', 'SANCTION', 'SUPPORT', 'THREATEN'];
