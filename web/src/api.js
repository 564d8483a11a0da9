// The JSON API (docs/api.md). Errors come back as {"error": {"code", "message"}}.
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    q.set(k, v === true ? '1' : String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function parse(res) {
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok) {
    const e = body && body.error ? body.error : { code: `http_${res.status}`, message: res.statusText };
    throw new ApiError(res.status, e.code, e.message);
  }
  return body;
}

export async function get(path, params) {
  const res = await fetch(`/api/${path}${query(params)}`, { headers: { Accept: 'application/json' } });
  return parse(res);
}

export async function post(path, body, contentType, params) {
  const res = await fetch(`/api/${path}${query(params)}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, Accept: 'application/json' },
    body,
  });
  return parse(res);
}

// A tiny cache for repeated reads within a session (documents do not change once stored).
const docs = new Map();
export async function documentById(id) {
  if (docs.has(id)) return docs.get(id);
  const d = await get(`documents/${encodeURIComponent(id)}`);
  if (docs.size > 50) docs.clear();
  docs.set(id, d);
  return d;
}
