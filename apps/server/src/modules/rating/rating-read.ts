import type { EntityManager } from 'typeorm';
import { rankBand, type ParameterPoints } from '@tsifra/domain/rating/engine';
import { maxScore } from '@tsifra/domain/rating/methodology';
import { formatPeriod, parsePeriodOf, shiftPeriod } from '@tsifra/domain/period';
import { computeMonth, methodologyDef } from './rating-compute';
import { RatingPublicationEntity, RatingPublicationEntryEntity } from './rating.entity';
import type { RatingEntryType, RatingHistoryPointType, RatingType } from './rating.type';
import { toDate } from '../../db/raw-values';
import { selectRows } from '../../db/select-arrays';
import { RegionEntity } from '../region/region.entity';

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

/** One entry of a rating (published or draft); `count` is the number of entries, for the band. */
function entry(
  regionId: string,
  rank: number,
  score: number,
  parameters: ParameterPoints[],
  count: number,
  previousRank: number | null,
): RatingEntryType {
  return { regionId, rank, score, parameters, previousRank, band: rankBand(rank, count) };
}

/** A raw row of the publication read: the publication's columns repeated on each of its entries. */
interface PublicationRow {
  id: string;
  period: string;
  methodologyId: string;
  publishedAt: unknown;
  version: number | string;
  reason: string | null;
  regionId: string | null;
  rank: number | string | null;
  score: number | string | null;
  parameters: string | null;
  previousRank: number | string | null;
  regionCode: string | null;
  regionSubjectCode: string | null;
  regionName: string | null;
  regionNameEn: string | null;
  regionFederalDistrict: string | null;
}

/** PublicationRow's properties in the statement's column order. */
const PUBLICATION_COLUMNS = [
  'id',
  'period',
  'methodologyId',
  'publishedAt',
  'version',
  'reason',
  'regionId',
  'rank',
  'score',
  'parameters',
  'previousRank',
  'regionCode',
  'regionSubjectCode',
  'regionName',
  'regionNameEn',
  'regionFederalDistrict',
] as const;

/** A published rating and the regions of its entries (read in the same statement, for the region loader). */
export interface PublishedRating {
  rating: RatingType;
  regions: RegionEntity[];
}

/**
 * The latest (or a given) publication of a month with its frozen entries by rank, each region's rank in the
 * previous month's latest publication and each entry's region: ONE statement, only the columns the answer shows
 * (the national rating is read by everyone on publication day; the regions come back for the region loader, so
 * `entries { region { name } }` costs no second statement). Null when the month has no such publication.
 */
export async function publishedRating(
  /** The data source's own manager: the read runs outside any transaction. */
  m: EntityManager,
  period: string,
  version?: number | null,
): Promise<PublishedRating | null> {
  const p = parsePeriodOf('MONTH', period);
  const previous = p ? formatPeriod(shiftPeriod(p, -1)) : '';
  const q = (n: string) => m.connection.driver.escape(n);
  const [sql, params] = m.connection.driver.escapeQueryWithParameters(
    `SELECT p.${q('id')} AS ${q('id')}, p.${q('period')} AS ${q('period')}, p.${q('methodology_id')} AS ${q('methodologyId')},
       p.${q('published_at')} AS ${q('publishedAt')}, p.${q('version')} AS ${q('version')}, p.${q('reason')} AS ${q('reason')},
       e.${q('region_id')} AS ${q('regionId')}, e.${q('rank')} AS ${q('rank')}, e.${q('score')} AS ${q('score')},
       e.${q('parameters')} AS ${q('parameters')}, pe.${q('rank')} AS ${q('previousRank')},
       r.${q('code')} AS ${q('regionCode')}, r.${q('subject_code')} AS ${q('regionSubjectCode')},
       r.${q('name')} AS ${q('regionName')}, r.${q('name_en')} AS ${q('regionNameEn')},
       r.${q('federal_district')} AS ${q('regionFederalDistrict')}
     FROM rating_publications p
     LEFT JOIN rating_publication_entries e ON e.publication_id = p.id
     LEFT JOIN regions r ON r.id = e.region_id
     LEFT JOIN rating_publication_entries pe ON pe.region_id = e.region_id AND pe.publication_id =
       (SELECT pp.id FROM rating_publications pp WHERE pp.period = :previous ORDER BY pp.version DESC LIMIT 1)
     WHERE p.id = (SELECT x.id FROM rating_publications x WHERE x.period = :period
       ${version ? 'AND x.version = :version' : ''} ORDER BY x.version DESC LIMIT 1)
     ORDER BY e.${q('rank')}, e.${q('region_id')}`,
    { period, previous, ...(version ? { version } : {}) },
  );
  const rows = await selectRows<PublicationRow>(m.connection, sql, params, PUBLICATION_COLUMNS);
  if (!rows.length) return null;
  const pub = rows[0]!;
  const entries = rows.filter((r) => r.regionId !== null);
  const regions = entries.map((r): RegionEntity => ({
    id: r.regionId!,
    code: r.regionCode!,
    subjectCode: r.regionSubjectCode!,
    name: r.regionName!,
    nameEn: r.regionNameEn!,
    federalDistrict: r.regionFederalDistrict!,
  }));
  const rating: RatingType = {
    id: pub.id,
    period: pub.period,
    methodologyId: pub.methodologyId,
    publishedAt: toDate(pub.publishedAt)!.toISOString(),
    published: true,
    version: Number(pub.version),
    reason: pub.reason,
    entries: entries.map((r) =>
      entry(
        r.regionId!,
        Number(r.rank),
        Number(r.score),
        JSON.parse(r.parameters!) as ParameterPoints[],
        entries.length,
        r.previousRank === null ? null : Number(r.previousRank),
      ),
    ),
  };
  return { rating, regions };
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
    entries: computed.rows.map((r) =>
      entry(r.regionId, r.rank, r.score, r.parameters, computed.rows.length, previous.get(r.regionId) ?? null),
    ),
  };
}

/**
 * A region's rank and score in each month's latest publication over the last `months` published months, oldest
 * first, with each publication's methodology (its code and maximum score): ONE statement. Null when no region has
 * that code (a second statement only then, to tell "no such region" from "no publications yet").
 */
export async function regionHistory(
  m: EntityManager,
  regionCode: string,
  months: number,
): Promise<RatingHistoryPointType[] | null> {
  const q = (n: string) => m.connection.driver.escape(n);
  const [sql, params] = m.connection.driver.escapeQueryWithParameters(
    `SELECT p.${q('period')} AS ${q('period')}, p.${q('version')} AS ${q('version')}, e.${q('rank')} AS ${q('rank')},
       e.${q('score')} AS ${q('score')}, md.${q('id')} AS ${q('methodologyId')}, md.${q('code')} AS ${q('code')},
       md.${q('valid_from')} AS ${q('validFrom')},
       CASE WHEN row_number() OVER (PARTITION BY md.${q('id')} ORDER BY p.${q('period')} DESC) = 1
         THEN md.${q('parameters')} END AS ${q('parameters')}
     FROM regions r
     JOIN rating_publication_entries e ON e.region_id = r.id
     JOIN rating_publications p ON p.id = e.publication_id
     JOIN rating_methodologies md ON md.id = p.methodology_id
     WHERE r.code = :code
       AND p.version = (SELECT max(x.version) FROM rating_publications x WHERE x.period = p.period)
     ORDER BY p.${q('period')} DESC
     LIMIT :months`,
    { code: regionCode, months },
  );
  const rows = await selectRows<{
    period: string;
    version: number | string;
    rank: number | string;
    score: number | string;
    methodologyId: string;
    code: string;
    validFrom: string;
    /** Only on each methodology's newest row: one copy of its parameters, not one per month. */
    parameters: string | null;
  }>(m.connection, sql, params, [
    'period',
    'version',
    'rank',
    'score',
    'methodologyId',
    'code',
    'validFrom',
    'parameters',
  ]);
  if (!rows.length && !(await m.getRepository(RegionEntity).existsBy({ code: regionCode }))) return null;
  const maxima = new Map<string, number>();
  for (const r of rows)
    if (r.parameters !== null)
      maxima.set(r.methodologyId, maxScore(methodologyDef({ ...r, parameters: r.parameters })));
  return rows.reverse().map((r) => {
    const max = maxima.get(r.methodologyId)!;
    return {
      period: r.period,
      rank: Number(r.rank),
      score: Number(r.score),
      version: Number(r.version),
      methodologyCode: r.code,
      maxScore: max,
    };
  });
}
