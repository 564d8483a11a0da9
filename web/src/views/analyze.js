// Paste an article (text) or a whole HTML page and see it analysed at once. Nothing is stored.
import { post } from '../api.js';
import { h, clear, loading, errorBox } from '../dom.js';
import { renderArticle } from '../article.js';

let last = '';

export async function render(main) {
  const area = h('textarea', { id: 'analyze-text', rows: 12, spellcheck: 'false', placeholder: 'Paste the article text, or the HTML source of a page…' });
  area.value = last;
  const fmt = h('select', { id: 'analyze-format' }, [['auto', 'detect'], ['text', 'text'], ['html', 'HTML']].map(([v, l]) => h('option', { value: v }, l)));
  const published = h('input', { id: 'analyze-published', type: 'date' });
  const out = h('div', { class: 'analysis', 'aria-live': 'polite' });
  const raw = h('pre', { class: 'raw-json' });
  const form = h('form', { class: 'analyze-form' },
    h('label', { for: 'analyze-text' }, 'Article'), area,
    h('div', { class: 'row' },
      h('label', { for: 'analyze-format' }, 'Input ', fmt),
      h('label', { for: 'analyze-published' }, 'Published ', published),
      h('button', { type: 'submit' }, 'Analyze'),
      h('span', { class: 'muted small' }, 'Ctrl+Enter. The article is analysed, not stored.')));
  async function run() {
    last = area.value;
    if (!area.value.trim()) return;
    clear(out).appendChild(loading('Analysing…'));
    const html = fmt.value === 'html' || (fmt.value === 'auto' && /^\s*</.test(area.value));
    try {
      const t0 = performance.now();
      const doc = await post('analyze', area.value, html ? 'text/html' : 'text/plain', { published: published.value });
      const ms = Math.round(performance.now() - t0);
      clear(out).append(
        h('p', { class: 'muted small' }, `${(doc.entities || []).length} entities, ${(doc.quotes || []).length} quotes, ${(doc.figures || []).length} figures, ${(doc.events || []).length} events in ${ms} ms`),
        renderArticle(doc),
        h('details', { class: 'raw' }, h('summary', null, 'The analysis as JSON (factwire/1)'), raw));
      raw.textContent = JSON.stringify(doc, null, 2);
    } catch (e) {
      clear(out).appendChild(errorBox(e));
    }
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  area.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      run();
    }
  });
  main.append(h('h1', { class: 'page-title' }, 'Analyze an article'), form, out);
  area.focus();
}
