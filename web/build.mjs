// Builds the dashboard into web/dist: one JS bundle, one stylesheet, index.html and the map.
// Runs offline once node_modules is installed (npm ci). Called by web/build.sh.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { project, MAP_WIDTH, MAP_HEIGHT } from './src/projection.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');
fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });

await esbuild.build({
  entryPoints: [path.join(here, 'src/main.js')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  outfile: path.join(dist, 'app.js'),
  legalComments: 'eof',
  logLevel: 'warning',
});
await esbuild.build({
  entryPoints: [path.join(here, 'src/style.css')],
  bundle: true,
  minify: true,
  outfile: path.join(dist, 'style.css'),
  logLevel: 'warning',
});
fs.copyFileSync(path.join(here, 'src/index.html'), path.join(dist, 'index.html'));
fs.copyFileSync(path.join(here, 'src/favicon.svg'), path.join(dist, 'favicon.svg'));

// Country outlines: Natural Earth 1:110m (public domain) from the world-atlas package (ISC),
// projected once here to SVG paths, so the page needs no projection library and no tiles.
const topo = JSON.parse(
  fs.readFileSync(path.join(here, 'node_modules/world-atlas/countries-110m.json'), 'utf8'));
const countries = feature(topo, topo.objects.countries).features;
const r = (v) => Math.round(v * 10) / 10;
function ringPath(ring) {
  let d = '';
  let prev = null;
  for (const [lon, lat] of ring) {
    const [x, y] = project(lon, lat);
    // A jump across the map (the antimeridian) starts a new subpath.
    const cmd = prev === null || Math.abs(x - prev) > MAP_WIDTH / 2 ? 'M' : 'L';
    d += `${cmd}${r(x)},${r(y)}`;
    prev = x;
  }
  return d + 'Z';
}
const out = countries.map((f) => {
  const g = f.geometry;
  const polys = !g ? [] : g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return { name: f.properties.name || '', d: polys.map((p) => p.map(ringPath).join('')).join('') };
});
fs.writeFileSync(path.join(dist, 'world.json'),
  JSON.stringify({ width: MAP_WIDTH, height: MAP_HEIGHT, source: 'Natural Earth 1:110m via world-atlas', countries: out }));

const files = fs.readdirSync(dist).map((f) => `${f} ${fs.statSync(path.join(dist, f)).size}`);
console.log('web/dist:', files.join(', '));
