// The preview page (one HTML document, no external resources) and the Content-Security-Policy
// that allows exactly its own inline style and script, by hash, and nothing else.
import { createHash } from 'node:crypto';

const STYLE = `
  :root { color-scheme: dark; font-family: system-ui, sans-serif; }
  body { margin: 0; background: #111; color: #ddd; }
  header { padding: 10px 16px; background: #1d1d1d; display: flex; gap: 16px; align-items: baseline; }
  header h1 { font-size: 18px; margin: 0; color: #fff; }
  #sources { display: flex; flex-wrap: wrap; gap: 12px; padding: 12px; }
  .source { background: #1d1d1d; border-radius: 6px; padding: 8px; flex: 1 1 480px; max-width: 960px; }
  .source h2 { font-size: 15px; margin: 0 0 6px; }
  .source img { width: 100%; background: #000; display: block; }
  .status { font-family: ui-monospace, monospace; font-size: 13px; margin: 6px 0; }
  .predictions { font-family: ui-monospace, monospace; font-size: 12px; color: #aaa; max-height: 7.5em; overflow: auto; }
  .state-RUNNING { color: #4cfb12; } .state-ERROR { color: #ff4040; } .state-ENDED { color: #888; }
`;

const SCRIPT = `
const cards = new Map();
function card(id) {
  let c = cards.get(id);
  if (c) return c;
  const el = document.createElement('section');
  el.className = 'source';
  el.id = 'source-' + id;
  el.innerHTML = '<h2>source ' + id + '</h2><img alt="source ' + id + ' live"><div class="status"></div><div class="predictions"></div>';
  el.querySelector('img').src = 'stream/' + id + '.mjpg';
  document.getElementById('sources').appendChild(el);
  c = { status: el.querySelector('.status'), predictions: el.querySelector('.predictions') };
  cards.set(id, c);
  return c;
}
function esc(text) {
  return String(text).replace(/[&<>"']/g, (ch) => '&#' + ch.charCodeAt(0) + ';');
}
function describe(p) {
  return p.class + ' ' + Number(p.confidence).toFixed(2);
}
async function poll() {
  try {
    const state = await (await fetch('api/state', { cache: 'no-store' })).json();
    document.getElementById('pipeline').textContent =
      'pipeline ' + state.pipeline.state + ' · ' + state.sources.length + ' source(s)' +
      (state.pipeline.lastError ? ' · ' + state.pipeline.lastError : '');
    for (const s of state.sources) {
      const c = card(s.sourceId);
      const st = esc(s.state ?? 'RUNNING');
      c.status.innerHTML = '<span class="state-' + st + '">' + st + '</span>' +
        ' · frames <b class="frames">' + s.frames + '</b>' +
        ' · ' + s.fps.toFixed(1) + ' fps · latency ' + Math.round(s.latencyMs) + ' ms' +
        ' · dropped ' + s.dropped + (s.lastError ? ' · <span class="state-ERROR">' + esc(s.lastError) + '</span>' : '');
      const counts = Object.entries(s.counts.lines).map(([name, l]) => name + ': in ' + l.in + ' out ' + l.out)
        .concat(Object.entries(s.counts.zones).map(([name, z]) => name + ': ' + z.inside + ' inside'));
      c.predictions.textContent = (counts.length ? counts.join(' · ') + ' — ' : '') +
        (s.predictions.length ? s.predictions.map(describe).join(', ') : '(no predictions)');
    }
  } catch (e) {
    document.getElementById('pipeline').textContent = 'disconnected';
  }
}
poll();
setInterval(poll, 500);
`;

/**
 * The preview page: one card per source with the live annotated video (MJPEG in an `<img>`,
 * which every browser plays without plugins), the source's status and its latest predictions.
 * It polls `/api/state` twice a second; cards appear as sources do.
 */
export const PREVIEW_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>rxcv preview</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>rxcv preview</h1><span id="pipeline">connecting…</span></header>
<main id="sources"></main>
<script>${SCRIPT}</script>
</body>
</html>
`;

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The preview's Content-Security-Policy: the page's own inline style and script (by hash),
 * pictures and fetches from this server only; no plugins, frames, forms or base changes.
 */
export const PREVIEW_CSP = [
  "default-src 'none'",
  `script-src ${sha256(SCRIPT)}`,
  `style-src ${sha256(STYLE)}`,
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
