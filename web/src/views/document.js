// One stored document with its annotations: #/doc/ID?kind=quote&t=first words
import { documentById } from '../api.js';
import { h, loading, clear } from '../dom.js';
import { renderArticle } from '../article.js';

export async function render(main, arg, params, current) {
  const box = h('div', null, loading('Loading the article…'));
  main.appendChild(h('p', { class: 'back' }, h('a', { href: '#/search', id: 'back-link' }, '← Back')));
  main.appendChild(box);
  main.querySelector('#back-link').addEventListener('click', (e) => {
    if (window.history.length > 1) {
      e.preventDefault();
      window.history.back();
    }
  });
  const doc = await documentById(arg);
  if (!current()) return;
  clear(box).appendChild(renderArticle(doc, { focus: params.kind ? { kind: params.kind, text: params.t } : null }));
}
