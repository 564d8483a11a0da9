// The Equal Earth projection (Šavrič, Patterson, Jenny 2018), shared by the build (country
// outlines projected once) and the page (event points). Returns [x, y] in a 0..W, 0..H frame.
const A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const RAD = Math.PI / 180;

function raw(lon, lat) {
  const theta = Math.asin(M * Math.sin(lat * RAD));
  const t2 = theta * theta, t6 = t2 * t2 * t2;
  const x = (lon * RAD * Math.cos(theta)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [x, y];
}

const [XMAX] = raw(180, 0);
const [, YMAX] = raw(0, 90);
export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = Math.round((MAP_WIDTH * YMAX) / XMAX);

export function project(lon, lat) {
  const [x, y] = raw(lon, lat);
  return [((x / XMAX + 1) * MAP_WIDTH) / 2, ((1 - y / YMAX) * MAP_HEIGHT) / 2];
}
