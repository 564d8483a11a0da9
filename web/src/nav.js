// Links between views: #/view/arg?key=value
export function go(view, arg, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const qs = q.toString();
  window.location.hash = `#/${view}${arg ? '/' + encodeURIComponent(arg) : ''}${qs ? '?' + qs : ''}`;
}

export function link(view, arg, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const qs = q.toString();
  return `#/${view}${arg !== undefined && arg !== '' ? '/' + encodeURIComponent(arg) : ''}${qs ? '?' + qs : ''}`;
}
