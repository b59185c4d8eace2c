import type { EntityManager } from 'typeorm';
import { rankBand, type ParameterPoints } from '@tsifra/domain/rating/engine';
import { maxScore } from '@tsifra/domain/rating/methodology';
import { formatPeriod, parsePeriodOf, shiftPeriod } from '@tsifra/domain/period';
import { computeMonth, methodologyDef } from './rating-compute';
import { RatingMethodologyEntity, RatingPublicationEntity, RatingPublicationEntryEntity } from './rating.entity';
import type { RatingEntryType, RatingHistoryPointType, RatingType } from './rating.type';

/** The latest (or a given) publication of a month; one statement. */
export async function findPublication(
  m: EntityManager,
  period: string,
  version?: number | null,
): Promise<RatingPublicationEntity | null> {
  const rows = await m
    .getRepository(RatingPublicationEntity)
    .find({ where: version ? { period, version } : { period }, order: { version: 'DESC' }, take: 1 });
  return rows[0] ?? null;
}

/** Per region id: rank in the previous month's latest publication. Two statements. */
async function previousRanks(m: EntityManager, period: string): Promise<Map<string, number>> {
  const p = parsePeriodOf('MONTH', period);
  if (!p) return new Map();
  const prev = await findPublication(m, formatPeriod(shiftPeriod(p, -1)));
  if (!prev) return new Map();
  const rows = await m
    .getRepository(RatingPublicationEntryEntity)
    .find({ select: { regionId: true, rank: true }, where: { publicationId: prev.id } });
  return new Map(rows.map((r) => [r.regionId, r.rank]));
}

function entry(
  regionId: string,
  rank: number,
  score: number,
  parameters: ParameterPoints[],
  count: number,
  previous: Map<string, number>,
): RatingEntryType {
  return {
    regionId,
    rank,
    score,
    parameters,
    previousRank: previous.get(regionId) ?? null,
    band: rankBand(rank, count),
  };
}

/** A publication with its frozen entries, by rank. Constant statements. */
export async function publicationView(m: EntityManager, pub: RatingPublicationEntity): Promise<RatingType> {
  const rows = await m.getRepository(RatingPublicationEntryEntity).find({ where: { publicationId: pub.id } });
  const previous = await previousRanks(m, pub.period);
  rows.sort((a, b) => a.rank - b.rank || a.regionId.localeCompare(b.regionId));
  return {
    id: pub.id,
    period: pub.period,
    methodologyId: pub.methodologyId,
    publishedAt: pub.publishedAt.toISOString(),
    published: true,
    version: pub.version,
    reason: pub.reason,
    entries: rows.map((r) =>
      entry(r.regionId, r.rank, r.score, JSON.parse(r.parameters) as ParameterPoints[], rows.length, previous),
    ),
  };
}

/** The current inputs computed under the methodology in force, or under any version ("as of"): never the published figure. */
export async function draftView(
  m: EntityManager,
  period: string,
  methodologyCode?: string | null,
): Promise<RatingType | null> {
  const computed = await computeMonth(m, period, methodologyCode);
  if (!computed) return null;
  const previous = await previousRanks(m, period);
  return {
    id: null,
    period,
    methodologyId: computed.methodology.id,
    publishedAt: null,
    published: false,
    version: null,
    reason: null,
    entries: computed.rows.map((r) => entry(r.regionId, r.rank, r.score, r.parameters, computed.rows.length, previous)),
  };
}

/** A region's latest-publication rank and score per month over the last `months` published months. Two statements. */
export async function regionHistory(
  m: EntityManager,
  regionId: string,
  months: number,
): Promise<RatingHistoryPointType[]> {
  const rows: { period: string; version: number; rank: number; score: number; methodology_id: string }[] = await m
    .createQueryBuilder()
    .select([
      'p.period AS period',
      'p.version AS version',
      'e.rank AS rank',
      'e.score AS score',
      'p.methodology_id AS methodology_id',
    ])
    .from(RatingPublicationEntryEntity, 'e')
    .innerJoin(RatingPublicationEntity, 'p', 'p.id = e.publication_id')
    .where('e.region_id = :regionId', { regionId })
    .getRawMany();
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const have = latest.get(r.period);
    if (!have || Number(r.version) > Number(have.version)) latest.set(r.period, r);
  }
  const methodologies = new Map((await m.getRepository(RatingMethodologyEntity).find()).map((x) => [x.id, x]));
  return [...latest.values()]
    .sort((a, b) => (a.period < b.period ? -1 : 1))
    .slice(-months)
    .map((r) => {
      const meth = methodologies.get(r.methodology_id)!;
      return {
        period: r.period,
        rank: Number(r.rank),
        score: Number(r.score),
        version: Number(r.version),
        methodologyCode: meth.code,
        maxScore: maxScore(methodologyDef(meth)),
      };
    });
}
