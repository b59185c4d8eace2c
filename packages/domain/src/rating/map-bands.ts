/**
 * Rank bands of the rating map: five bands of (nearly) equal size by rank — the first fifth of the regions,
 * the second, … the last. Ties share a rank, so tied regions always share a band. A region without an
 * entry has no band (shown as "no data").
 */
export const MAP_BANDS = ['TOP', 'HIGH', 'MIDDLE', 'LOW', 'BOTTOM'] as const;
export type MapBand = (typeof MAP_BANDS)[number];

/** The band of `rank` among `count` ranked regions: band i holds ranks ⌈i·count/5⌉+1 … ⌈(i+1)·count/5⌉. */
export function mapBand(rank: number, count: number): MapBand {
  if (count <= 0 || rank < 1) return 'BOTTOM';
  const i = Math.min(MAP_BANDS.length - 1, Math.floor(((Math.min(rank, count) - 1) * MAP_BANDS.length) / count));
  return MAP_BANDS[i]!;
}

/** The ranks a band covers among `count` regions, e.g. `[1, 17]` for TOP of 85. */
export function bandRanks(band: MapBand, count: number): [number, number] {
  const i = MAP_BANDS.indexOf(band);
  const first = Math.floor((i * count) / MAP_BANDS.length) + 1;
  const last = Math.floor(((i + 1) * count) / MAP_BANDS.length);
  return [first, last];
}
