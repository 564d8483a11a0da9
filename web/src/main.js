// The dashboard: a hash router over the views. #/view/arg?key=value
import { get } from './api.js';
import { h, clear, errorBox, fmtNumber } from './dom.js';
import * as search from './views/search.js';
import * as doc from './views/document.js';
import * as quotes from './views/quotes.js';
import * as figures from './views/figures.js';
import * as events from './views/events.js';
import * as map from './views/map.js';
import * as entity from './views/entity.js';
import * as analyze from './views/analyze.js';
import * as home from './views/home.js';

const views = { '': home, search, doc, quotes, figures, events, map, entity, analyze };

export function parseHash() {
  const raw = window.location.hash.replace(/^#\/?/, '');
  const qi = raw.indexOf('?');
  const path = qi >= 0 ? raw.slice(0, qi) : raw;
  const params = Object.fromEntries(new URLSearchParams(qi >= 0 ? raw.slice(qi + 1) : ''));
  const slash = path.indexOf('/');
  const view = slash >= 0 ? path.slice(0, slash) : path;
  const arg = slash >= 0 ? decodeURIComponent(path.slice(slash + 1)) : '';
  return { view, arg, params };
}

let renderId = 0;
async function route() {
  const { view, arg, params } = parseHash();
  const main = document.getElementById('main');
  const v = views[view];
  document.querySelectorAll('header nav a').forEach((a) => {
    if (a.dataset.view === view || (view === 'doc' && a.dataset.view === 'search')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  const id = ++renderId;
  clear(main);
  if (!v) {
    main.appendChild(errorBox({ code: 'not_found', message: `no view "${view}"` }));
    return;
  }
  try {
    await v.render(main, arg, params, () => id === renderId);
  } catch (e) {
    if (id === renderId) main.appendChild(errorBox(e));
  }
  document.title = `factwire${view ? ' · ' + view : ''}`;
}

async function stats() {
  try {
    const s = await get('stats');
    const el = document.getElementById('corpus-stats');
    clear(el).appendChild(document.createTextNode(
      `${fmtNumber(s.documents)} documents · ${fmtNumber(s.stories)} stories · ${fmtNumber(s.quotes)} quotes`));
  } catch {
    /* the header line is optional */
  }
}

window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', () => {
  route();
  stats();
});
// Module scripts run after parsing: DOMContentLoaded may already be past.
if (document.readyState !== 'loading') {
  route();
  stats();
}
