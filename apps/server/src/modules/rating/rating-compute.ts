import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { computeRating, type RatingRow } from '@tsifra/domain/rating/engine';
import {
  methodologyInForce,
  roundPoints,
  type MethodologyDef,
  type ParameterSource,
} from '@tsifra/domain/rating/methodology';
import {
  DEMO_MATURITY_METHODOLOGY,
  isMaturityKeySector,
  maturityIndex,
  type MaturityKeySector,
} from '@tsifra/domain/rating/maturity';
import { formatPeriod, parsePeriodOf, periodEnd, quarterPeriod, shiftPeriod } from '@tsifra/domain/period';
import { historiesOf, loadCatalogue, loadStepRows, picturesAt } from '../mszu/mszu-read';
import { maturityValuesCount } from '@tsifra/domain/rating/maturity-report';
import { RegionEntity } from '../region/region.entity';
import { MaturityReportEntity } from './maturity-report.entity';
import { MaturityReturnEntity, RatingInputEntity, RatingMethodologyEntity } from './rating.entity';

/** The domain's definition of a stored methodology. */
export function methodologyDef(e: Pick<RatingMethodologyEntity, 'code' | 'validFrom' | 'parameters'>): MethodologyDef {
  return {
    code: e.code,
    validFrom: e.validFrom,
    aggregation: 'SUM',
    parameters: JSON.parse(e.parameters) as MethodologyDef['parameters'],
  };
}

/** The quarter whose maturity index a month's rating uses: the last full quarter before the month's quarter. */
export function maturityQuarterFor(month: string): string {
  const p = parsePeriodOf('MONTH', month) as { year: number; month: number };
  const q = quarterPeriod(p.year, (Math.floor((p.month - 1) / 3) + 1) as 1 | 2 | 3 | 4);
  return formatPeriod(shiftPeriod(q, -1));
}

/** Per region id: maturity index of a quarter (demo weights), approved or document-less values only. Two statements. */
export async function maturityIndexByRegion(
  m: EntityManager,
  quarter: string,
): Promise<Map<string, ReturnType<typeof maturityIndex>>> {
  const rows = await m.getRepository(MaturityReturnEntity).find({ where: { quarter } });
  // A region-quarter with a return document counts once that return is approved (maturity-report.ts).
  const pending = new Set(
    (await m.getRepository(MaturityReportEntity).find({ select: { regionId: true, status: true }, where: { quarter } }))
      .filter((r) => !maturityValuesCount(r.status))
      .map((r) => r.regionId),
  );
  const byRegion = new Map<string, Partial<Record<MaturityKeySector, number>>>();
  for (const r of rows) {
    if (!isMaturityKeySector(r.sector) || pending.has(r.regionId)) continue;
    const v = byRegion.get(r.regionId) ?? {};
    v[r.sector] = r.value;
    byRegion.set(r.regionId, v);
  }
  return new Map([...byRegion].map(([id, v]) => [id, maturityIndex(DEMO_MATURITY_METHODOLOGY, v)]));
}

/**
 * Values of computed sources per region id for a month. MATURITY_INDEX: the index of the last full quarter
 * before the month. MSZU_SHARE: the share (0–100 %) of the МСЗУ catalogue connected at the end of the month,
 * from the mszu module's steps; before any step is recorded up to that date it is "no data". Constant statements.
 */
async function sourceValues(
  m: EntityManager,
  source: ParameterSource,
  month: string,
  regionIds: readonly string[],
): Promise<Map<string, number>> {
  if (source === 'MATURITY_INDEX') {
    const idx = await maturityIndexByRegion(m, maturityQuarterFor(month));
    return new Map([...idx].filter(([, r]) => r.missing.length < 5).map(([id, r]) => [id, r.index]));
  }
  if (source === 'MSZU_SHARE') {
    const date = periodEnd(parsePeriodOf('MONTH', month)!);
    const rows = await loadStepRows(m, date);
    if (rows.length === 0) return new Map();
    const pictures = picturesAt(await loadCatalogue(m), historiesOf(rows), regionIds, date);
    return new Map(
      [...pictures].filter(([, p]) => p.total > 0).map(([id, p]) => [id, roundPoints((100 * p.connected) / p.total)]),
    );
  }
  return new Map();
}

export interface ComputedRating {
  methodology: RatingMethodologyEntity;
  rows: (RatingRow & { regionId: string })[];
}

/** A month's rating from the current inputs under a methodology version (the one in force by default). Constant statements. */
export async function computeMonth(
  m: EntityManager,
  period: string,
  methodologyCode?: string | null,
): Promise<ComputedRating | null> {
  const all = await m.getRepository(RatingMethodologyEntity).find();
  const methodology = methodologyCode ? all.find((x) => x.code === methodologyCode) : methodologyInForce(all, period);
  if (!methodology) return null;
  const def = methodologyDef(methodology);
  const regions = await m.getRepository(RegionEntity).find({ select: { id: true, code: true } });
  const codeOf = new Map(regions.map((r) => [r.id, r.code]));
  const inputs = new Map<string, Map<string, number>>();
  const entered = def.parameters.filter((p) => p.derivation === 'ENTERED').map((p) => p.code);
  const rows = entered.length
    ? await m.getRepository(RatingInputEntity).find({ where: { period, parameterCode: In(entered) } })
    : [];
  for (const r of rows) {
    const code = codeOf.get(r.regionId)!;
    if (!inputs.has(code)) inputs.set(code, new Map());
    inputs.get(code)!.set(r.parameterCode, r.value);
  }
  for (const p of def.parameters.filter((x) => x.derivation === 'COMPUTED')) {
    for (const [regionId, value] of await sourceValues(
      m,
      p.source,
      period,
      regions.map((r) => r.id),
    )) {
      const code = codeOf.get(regionId)!;
      if (!inputs.has(code)) inputs.set(code, new Map());
      inputs.get(code)!.set(p.code, value);
    }
  }
  const idOf = new Map(regions.map((r) => [r.code, r.id]));
  const computed = computeRating(
    def,
    regions.map((r) => r.code),
    inputs,
  );
  return { methodology, rows: computed.map((r) => ({ ...r, regionId: idOf.get(r.region)! })) };
}
