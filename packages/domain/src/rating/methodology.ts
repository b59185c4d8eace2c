/**
 * Rating methodologies as data. A methodology version has a code, the first month it applies to
 * (`validFrom`), parameters and an aggregation. A parameter's points are either entered directly or
 * computed from a value another module holds (the maturity index, the МСЗУ share) by a formula: a
 * linear scale that maps [from, to] onto [0, maxPoints], clamped at both ends.
 *
 * A version used by a publication never changes: a correction is a new version (server rule).
 */

import type { FieldError } from '../errors';
import { comparePeriods, parsePeriodOf } from '../period';

export const PARAMETER_DERIVATIONS = ['ENTERED', 'COMPUTED'] as const;
export type ParameterDerivation = (typeof PARAMETER_DERIVATIONS)[number];

/**
 * Where a parameter's value comes from. `ENTERED`: an admin enters the value (or the points).
 * `MATURITY_INDEX`: the region's digital maturity index (0–100) of the last quarter before the month.
 * `MSZU_SHARE`: the share (0–100 %) of МСЗУ services connected at the end of the month, computed from the
 * МСЗУ module's data (the demo methodologies keep their МСЗУ parameter ENTERED so the published demo facts hold).
 */
export const PARAMETER_SOURCES = ['ENTERED', 'MATURITY_INDEX', 'MSZU_SHARE'] as const;
export type ParameterSource = (typeof PARAMETER_SOURCES)[number];

export const AGGREGATIONS = ['SUM'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** Linear scale: value `from` gives 0 points, value `to` gives maxPoints; outside is clamped. */
export interface LinearScale {
  kind: 'LINEAR';
  from: number;
  to: number;
}

export interface ParameterDef {
  code: string;
  name: string;
  nameEn: string;
  unit: string;
  maxPoints: number;
  derivation: ParameterDerivation;
  source: ParameterSource;
  /** Required for COMPUTED parameters; an ENTERED parameter's value is its points. */
  scale?: LinearScale;
}

export interface MethodologyDef {
  code: string;
  /** A month, `2022-07`. */
  validFrom: string;
  aggregation: Aggregation;
  parameters: ParameterDef[];
}

export function maxScore(m: MethodologyDef): number {
  return roundPoints(m.parameters.reduce((s, p) => s + p.maxPoints, 0));
}

/** Points are kept to hundredths, so sums and ties do not depend on floating-point noise. */
export function roundPoints(x: number): number {
  return Math.round(x * 100 + Number.EPSILON * 100) / 100;
}

/** The version in force for a month: the latest validFrom ≤ month; undefined before the first. */
export function methodologyInForce<M extends { validFrom: string }>(
  versions: readonly M[],
  month: string,
): M | undefined {
  const p = parsePeriodOf('MONTH', month);
  if (!p) return undefined;
  let best: M | undefined;
  for (const v of versions) {
    const from = parsePeriodOf('MONTH', v.validFrom);
    if (!from || comparePeriods(from, p) > 0) continue;
    if (!best || v.validFrom > best.validFrom) best = v;
  }
  return best;
}

const CODE = /^[A-Z0-9_-]{2,40}$/;

/** Checks a methodology an admin enters; returns the problems (empty when valid). */
export function checkMethodology(m: MethodologyDef): FieldError[] {
  const errors: FieldError[] = [];
  if (!CODE.test(m.code))
    errors.push({
      field: 'code',
      rule: 'methodology_code_format',
      message: 'Code: 2–40 capital letters, digits, - or _',
    });
  if (!parsePeriodOf('MONTH', m.validFrom))
    errors.push({ field: 'validFrom', rule: 'period_not_month', message: 'validFrom must be a month such as 2022-07' });
  if (m.parameters.length === 0)
    errors.push({
      field: 'parameters',
      rule: 'methodology_no_parameters',
      message: 'A methodology needs at least one parameter',
    });
  const seen = new Set<string>();
  m.parameters.forEach((p, i) => {
    const at = `parameters[${i}]`;
    if (!CODE.test(p.code))
      errors.push({
        field: `${at}.code`,
        rule: 'methodology_code_format',
        message: 'Code: 2–40 capital letters, digits, - or _',
      });
    if (seen.has(p.code))
      errors.push({ field: `${at}.code`, rule: 'parameter_duplicate', message: `Parameter ${p.code} appears twice` });
    seen.add(p.code);
    if (p.name.trim() === '') errors.push({ field: `${at}.name`, rule: 'required', message: 'Name is required' });
    if (!(p.maxPoints > 0) || !Number.isFinite(p.maxPoints))
      errors.push({
        field: `${at}.maxPoints`,
        rule: 'parameter_max_points',
        message: 'maxPoints must be a positive number',
      });
    if (p.derivation === 'COMPUTED') {
      if (p.source === 'ENTERED')
        errors.push({
          field: `${at}.source`,
          rule: 'parameter_computed_source',
          message: 'A computed parameter needs a source other than ENTERED',
        });
      if (!p.scale || !(p.scale.to !== p.scale.from))
        errors.push({
          field: `${at}.scale`,
          rule: 'parameter_scale',
          message: 'A computed parameter needs a scale with from ≠ to',
        });
    }
  });
  return errors;
}

/** The formula in words-and-symbols, for the API and the methodology page. */
export function parameterFormula(p: ParameterDef): string {
  if (p.derivation === 'ENTERED' || !p.scale) return `points = min(max(entered, 0), ${p.maxPoints})`;
  const { from, to } = p.scale;
  return `points = ${p.maxPoints} × clamp((${p.source} − ${from}) / (${to} − ${from}), 0, 1)`;
}

export function methodologyFormula(m: MethodologyDef): string {
  return `score = ${m.parameters.map((p) => p.code).join(' + ')} (max ${maxScore(m)})`;
}
