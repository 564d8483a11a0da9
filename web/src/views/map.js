// A map of event places: Natural Earth country outlines (shipped in world.json, projected at
// build time) and one circle per place, sized by events. No tiles, nothing from the network.
import { get } from '../api.js';
import { h, s, clear, loading, errorBox, empty, activate } from '../dom.js';
import { filterForm, section } from '../ui.js';
import { project } from '../projection.js';
import { FIELDS, eventTable } from './events.js';

let world = null;
async function loadWorld() {
  if (!world) {
    const res = await fetch('/world.json');
    if (!res.ok) throw new Error('the map outlines (world.json) are missing: rebuild the dashboard');
    world = await res.json();
  }
  return world;
}

export async function render(main, _arg, params, current) {
  main.appendChild(h('h1', { class: 'page-title' }, 'Map of event places'));
  main.appendChild(filterForm('map', FIELDS, params));
  const box = h('div', { class: 'map-box' }, loading());
  const list = h('div', null, empty('Select a place to list its events.'));
  main.appendChild(section('Where events happened', box));
  const listSection = section('Events at the place', list);
  main.appendChild(listSection);
  const filters = { actor: params.actor, target: params.target, type: params.type, from: params.from, to: params.to, negated: params.negated };
  try {
    const [w, rows] = await Promise.all([loadWorld(), get('events', { ...filters, limit: 1000 })]);
    if (!current()) return;
    const places = new Map();
    for (const r of rows.rows) {
      if (r.lat === null || r.lon === null || r.lat === undefined || (r.lat === 0 && r.lon === 0)) continue;
      const key = `${r.place}|${r.lat}|${r.lon}`;
      if (!places.has(key)) places.set(key, { name: r.place || `${r.lat}, ${r.lon}`, lat: r.lat, lon: r.lon, rows: [] });
      places.get(key).rows.push(r);
    }
    const svg = s('svg', { class: 'map', viewBox: `0 0 ${w.width} ${w.height}`, role: 'img', 'aria-label': 'World map of event places' });
    svg.appendChild(s('rect', { x: 0, y: 0, width: w.width, height: w.height, class: 'sea' }));
    const land = s('g', { class: 'land' });
    for (const c of w.countries) land.appendChild(s('path', { d: c.d }, s('title', null, c.name)));
    svg.appendChild(land);
    const sorted = [...places.values()].sort((a, b) => b.rows.length - a.rows.length);
    for (const p of sorted) {
      const [x, y] = project(p.lon, p.lat);
      const c = s('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: Math.min(24, 3 + 3 * Math.sqrt(p.rows.length)).toFixed(1), class: 'place', role: 'button', 'aria-label': `${p.name}: ${p.rows.length} events` },
        s('title', null, `${p.name}: ${p.rows.length} events`));
      activate(c, () => {
        clear(list).appendChild(eventTable(p.rows));
        listSection.querySelector('h2').textContent = `Events at ${p.name} (${p.rows.length})`;
        listSection.scrollIntoView({ block: 'start' });
      });
      svg.appendChild(c);
    }
    clear(box).appendChild(svg);
    box.appendChild(h('p', { class: 'muted small' },
      places.size ? `${places.size} places from ${rows.rows.length} events${rows.next_offset !== null ? ' (the first 1,000; narrow the filters for all)' : ''}. ` : 'No event has a known place for these filters. ',
      'Outlines: Natural Earth 1:110m (public domain).'));
    if (sorted.length) {
      box.appendChild(h('ul', { class: 'facet place-list' }, sorted.slice(0, 15).map((p) => {
        const b = h('button', { type: 'button', class: 'fact-link' }, h('span', { class: 'facet-v' }, p.name), h('span', { class: 'facet-n' }, String(p.rows.length)));
        b.addEventListener('click', () => {
          clear(list).appendChild(eventTable(p.rows));
          listSection.querySelector('h2').textContent = `Events at ${p.name} (${p.rows.length})`;
        });
        return h('li', null, b);
      })));
    }
  } catch (e) {
    if (current()) clear(box).appendChild(errorBox(e));
  }
}
