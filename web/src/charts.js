// Small SVG charts drawn with DOM calls (labels are text nodes). Every mark that leads
// somewhere is focusable and answers Enter as well as a click.
import { s, activate, fmtNumber } from './dom.js';

const PALETTE = ['#2f6db5', '#d9822b', '#2e9e6a', '#c23c3c', '#7b5ea7', '#8c6d31', '#d14f9b', '#5a6b7d', '#1aa3a3', '#9a9a2a'];
export const color = (i) => PALETTE[i % PALETTE.length];

function titled(el, text) {
  el.appendChild(s('title', null, text));
  return el;
}

// Vertical bars over categorical x (periods). data: [{x, value, title, mark}], onSelect(d).
export function bars(data, { width = 640, height = 160, label = '', onSelect, markLabel = '' } = {}) {
  const padL = 44, padB = 22, padT = 8;
  const w = width - padL - 8, hgt = height - padB - padT;
  const max = Math.max(1, ...data.map((d) => d.value || 0));
  const svg = s('svg', { class: 'chart bars', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label });
  const bw = data.length ? w / data.length : w;
  // Axis: 0 and max.
  svg.appendChild(s('line', { x1: padL, x2: padL + w, y1: padT + hgt, y2: padT + hgt, class: 'axis' }));
  const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
  svg.appendChild(s('text', { x: padL - 4, y: padT + 8, class: 'tick', 'text-anchor': 'end' }, compact.format(max)));
  svg.appendChild(s('text', { x: padL - 4, y: padT + hgt, class: 'tick', 'text-anchor': 'end' }, '0'));
  const every = Math.max(1, Math.ceil(data.length / 10));
  data.forEach((d, i) => {
    const bh = (Math.max(0, d.value || 0) / max) * hgt;
    const x = padL + i * bw;
    const g = s('g', { class: `bar${d.mark ? ' marked' : ''}` });
    const barW = Math.max(1, Math.min(bw * 0.76, 48));
    g.appendChild(s('rect', { x: x + (bw - barW) / 2, y: padT + hgt - bh, width: barW, height: Math.max(bh, d.value ? 1 : 0) }));
    // A wider invisible hit area.
    g.appendChild(s('rect', { x, y: padT, width: bw, height: hgt, class: 'hit' }));
    if (d.mark) {
      g.appendChild(titled(s('circle', { cx: x + bw / 2, cy: padT + hgt - bh - 6, r: 4, class: 'mark' }), markLabel));
    }
    titled(g, d.title || `${d.x}: ${fmtNumber(d.value)}`);
    if (onSelect && d.value) {
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', d.title || `${d.x}: ${d.value}`);
      activate(g, () => onSelect(d));
    }
    svg.appendChild(g);
    if (i % every === 0) {
      svg.appendChild(s('text', { x: x + bw / 2, y: height - 6, class: 'tick', 'text-anchor': 'middle' }, String(d.x)));
    }
  });
  return svg;
}

// One row per series, a circle per period sized by count. rows: [{name, points: Map(x -> n)}].
export function swimlanes(rows, periods, { width = 760, label = '', onSelect } = {}) {
  const padL = 180, rowH = 30, padT = 8, padB = 24;
  const height = padT + rows.length * rowH + padB;
  const w = width - padL - 12;
  const step = periods.length ? w / periods.length : w;
  const max = Math.max(1, ...rows.flatMap((r) => [...r.points.values()]));
  const svg = s('svg', { class: 'chart lanes', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label });
  const every = Math.max(1, Math.ceil(periods.length / 8));
  periods.forEach((p, i) => {
    if (i % every === 0) {
      svg.appendChild(s('text', { x: padL + (i + 0.5) * step, y: height - 6, class: 'tick', 'text-anchor': 'middle' }, p));
    }
  });
  rows.forEach((r, ri) => {
    const y = padT + ri * rowH + rowH / 2;
    svg.appendChild(s('line', { x1: padL, x2: padL + w, y1: y, y2: y, class: 'lane' }));
    const name = r.name.length > 26 ? r.name.slice(0, 25) + '…' : r.name;
    svg.appendChild(titled(s('text', { x: padL - 8, y: y + 4, class: 'lane-label', 'text-anchor': 'end' }, name), r.name));
    periods.forEach((p, i) => {
      const n = r.points.get(p) || 0;
      if (!n) return;
      const c = s('circle', {
        cx: padL + (i + 0.5) * step, cy: y, r: 3 + 9 * Math.sqrt(n / max), fill: color(ri), class: 'dot',
      });
      titled(c, `${r.name}, ${p}: ${n}`);
      if (onSelect) {
        c.setAttribute('role', 'button');
        c.setAttribute('aria-label', `${r.name}, ${p}: ${n}`);
        activate(c, () => onSelect(r, p));
      }
      svg.appendChild(c);
    });
  });
  return svg;
}

// A force-directed network. nodes: [{id, weight}], links: [{source, target, weight, title}].
export function network(nodes, links, { width = 760, height = 460, label = '', onSelect, onSelectLink } = {}) {
  const idx = new Map(nodes.map((n, i) => [n.id, i]));
  const P = nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, nodes.length);
    return { x: width / 2 + (width / 3) * Math.cos(a), y: height / 2 + (height / 3) * Math.sin(a), vx: 0, vy: 0 };
  });
  const L = links.filter((l) => idx.has(l.source) && idx.has(l.target) && l.source !== l.target)
    .map((l) => ({ ...l, a: idx.get(l.source), b: idx.get(l.target) }));
  // A few hundred steps of repulsion, springs and a pull to the centre: enough for <100 nodes.
  const k = Math.sqrt((width * height) / Math.max(1, nodes.length)) * 0.6;
  for (let step = 0; step < 300; step++) {
    const t = 1 - step / 300;
    for (let i = 0; i < P.length; i++) {
      for (let j = i + 1; j < P.length; j++) {
        let dx = P[i].x - P[j].x, dy = P[i].y - P[j].y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) {
          dx = Math.random() - 0.5;
          dy = Math.random() - 0.5;
          d2 = 0.5;
        }
        const f = (k * k) / d2;
        P[i].vx += dx * f * 0.01;
        P[i].vy += dy * f * 0.01;
        P[j].vx -= dx * f * 0.01;
        P[j].vy -= dy * f * 0.01;
      }
    }
    for (const l of L) {
      const p = P[l.a], q = P[l.b];
      const dx = q.x - p.x, dy = q.y - p.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = ((d - k) / d) * 0.05;
      p.vx += dx * f;
      p.vy += dy * f;
      q.vx -= dx * f;
      q.vy -= dy * f;
    }
    for (const p of P) {
      p.vx += (width / 2 - p.x) * 0.005;
      p.vy += (height / 2 - p.y) * 0.005;
      const v = Math.sqrt(p.vx * p.vx + p.vy * p.vy);
      const cap = 20 * t + 1;
      if (v > cap) {
        p.vx *= cap / v;
        p.vy *= cap / v;
      }
      p.x = Math.max(40, Math.min(width - 40, p.x + p.vx));
      p.y = Math.max(20, Math.min(height - 20, p.y + p.vy));
      p.vx *= 0.5;
      p.vy *= 0.5;
    }
  }
  const svg = s('svg', { class: 'chart network', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label });
  const defs = s('defs', null, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 16, refY: 5, markerWidth: 4, markerHeight: 4, orient: 'auto-start-reverse' },
    s('path', { d: 'M0,0L10,5L0,10z', class: 'arrowhead' })));
  svg.appendChild(defs);
  const maxW = Math.max(1, ...L.map((l) => l.weight || 1));
  for (const l of L) {
    const p = P[l.a], q = P[l.b];
    const line = s('line', { x1: p.x, y1: p.y, x2: q.x, y2: q.y, class: 'edge', 'stroke-width': 1 + 5 * ((l.weight || 1) / maxW), 'marker-end': 'url(#arrow)' });
    titled(line, l.title || `${l.source} → ${l.target}`);
    if (onSelectLink) {
      line.setAttribute('role', 'button');
      line.setAttribute('aria-label', l.title || `${l.source} to ${l.target}`);
      activate(line, () => onSelectLink(l));
    }
    svg.appendChild(line);
  }
  const maxN = Math.max(1, ...nodes.map((n) => n.weight || 1));
  nodes.forEach((n, i) => {
    const p = P[i];
    const g = s('g', { class: 'node', transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})` });
    g.appendChild(s('circle', { r: 5 + 10 * Math.sqrt((n.weight || 1) / maxN) }));
    const name = n.id.length > 22 ? n.id.slice(0, 21) + '…' : n.id;
    g.appendChild(s('text', { y: -14, 'text-anchor': 'middle' }, name));
    titled(g, `${n.id}: ${n.weight} stories`);
    if (onSelect) {
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', `${n.id}, ${n.weight} stories`);
      activate(g, () => onSelect(n));
    }
    svg.appendChild(g);
  });
  return svg;
}

export { fmtNumber };
