/**
 * The rating engine: methodology version + inputs → points per parameter → total → rank, with an
 * explanation per region.
 *
 * - Missing inputs: a parameter without a value gives 0 points and is flagged `noData` in the
 *   explanation; the region stays in the rating (a region that reports nothing ranks last, visibly).
 * - Points are clamped to [0, maxPoints] and rounded to hundredths; `clamped` says when that happened.
 * - Ties share a rank, competition style ("1, 2, 2, 4"): a region's rank is 1 + the number of regions
 *   with a strictly higher total. Tied regions are listed by region code.
 */

import { maxScore, roundPoints, type MethodologyDef, type ParameterDef } from './methodology';

export interface ParameterPoints {
  code: string;
  /** The value the points came from (entered points, or the source value of a computed parameter). */
  value: number | null;
  points: number;
  maxPoints: number;
  noData: boolean;
  clamped: boolean;
}

export interface RatingRow {
  region: string;
  rank: number;
  score: number;
  parameters: ParameterPoints[];
  /** Codes of parameters without data. */
  missing: string[];
}

/** Per region, per parameter code: the value (entered points, or the source value for COMPUTED). */
export type RatingInputs = ReadonlyMap<string, ReadonlyMap<string, number>>;

export function pointsFor(p: ParameterDef, value: number | null | undefined): ParameterPoints {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return { code: p.code, value: null, points: 0, maxPoints: p.maxPoints, noData: true, clamped: false };
  }
  let raw = value;
  if (p.derivation === 'COMPUTED' && p.scale) {
    raw = (p.maxPoints * (value - p.scale.from)) / (p.scale.to - p.scale.from);
  }
  const points = roundPoints(Math.min(Math.max(raw, 0), p.maxPoints));
  return { code: p.code, value, points, maxPoints: p.maxPoints, noData: false, clamped: points !== roundPoints(raw) };
}

/** Competition ranking over totals: ties share the better rank, the next rank skips ("1,2,2,4"). */
export function competitionRanks(scores: readonly number[]): number[] {
  return scores.map((s) => 1 + scores.filter((o) => roundPoints(o) > roundPoints(s)).length);
}

export function computeRating(m: MethodologyDef, regions: readonly string[], inputs: RatingInputs): RatingRow[] {
  const rows = regions.map((region) => {
    const values = inputs.get(region);
    const parameters = m.parameters.map((p) => pointsFor(p, values?.get(p.code)));
    const score = roundPoints(parameters.reduce((s, x) => s + x.points, 0));
    return { region, rank: 0, score, parameters, missing: parameters.filter((x) => x.noData).map((x) => x.code) };
  });
  rows.sort((a, b) => b.score - a.score || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
  // Sorted descending: a rank is the index of the first row with the same score, plus one.
  rows.forEach((r, i) => {
    r.rank = i > 0 && rows[i - 1]!.score === r.score ? rows[i - 1]!.rank : i + 1;
  });
  return rows;
}

/** Leaders and laggards by rank band: top `n` ranks and the last `n` ranks. */
export function rankBand(rank: number, count: number, n = 3): 'LEADER' | 'LAGGARD' | 'MIDDLE' {
  if (rank <= n) return 'LEADER';
  if (rank > count - n) return 'LAGGARD';
  return 'MIDDLE';
}

/** A one-line explanation per parameter, e.g. `MATURITY: 8 of 10 ← MATURITY_INDEX 80`. */
export function explainRow(m: MethodologyDef, row: RatingRow): string[] {
  return row.parameters.map((x) => {
    const p = m.parameters.find((q) => q.code === x.code)!;
    if (x.noData) return `${x.code}: 0 of ${x.maxPoints} ← no data`;
    const from = p.derivation === 'COMPUTED' ? `${p.source} ${x.value}` : `entered ${x.value}`;
    return `${x.code}: ${x.points} of ${x.maxPoints} ← ${from}${x.clamped ? ' (clamped)' : ''}`;
  });
}

export { maxScore };
