import { useTranslation } from '../../../shared/i18n/react';
import { Link } from 'react-router';
import { formatNumber } from '../../../shared/format';

export interface RatingTableEntry {
  rank: number;
  score: number;
  previousRank?: number | null;
  band: string;
  region: { code: string; name: string; nameEn: string };
  parameters: { code: string; points: number; noData: boolean }[];
}

interface Props {
  caption: string;
  parameters: { code: string; name: string; nameEn: string; maxPoints?: number | null }[];
  entries: RatingTableEntry[];
  /** Rank in another rating to compare with (e.g. the published one beside a draft). */
  compareRank?: Map<string, number>;
  compareLabel?: string;
}

/** Change since last month, in words and arrows (never colour alone). */
function Change({ rank, previous }: { rank: number; previous: number | null | undefined }) {
  const { t } = useTranslation();
  if (previous == null) return <span>{t('ratings.table.new')}</span>;
  const d = previous - rank;
  if (d === 0) return <span aria-label={t('ratings.table.same')}>=</span>;
  return (
    <span aria-label={t(d > 0 ? 'ratings.table.up' : 'ratings.table.down', { count: Math.abs(d) })}>
      {d > 0 ? `▲ ${d}` : `▼ ${-d}`}
    </span>
  );
}

/** The monthly rating: rank, change, region, score, points per parameter; leaders and laggards labelled in text. */
export function RatingTable({ caption, parameters, entries, compareRank, compareLabel }: Props) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const n = (x: number) => formatNumber(x, i18n.language);
  return (
    <div className="table-scroll">
      <table className="rating-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('ratings.table.rank')}
            </th>
            <th scope="col">{t('ratings.table.change')}</th>
            {compareRank && (
              <th scope="col" className="num">
                {compareLabel}
              </th>
            )}
            <th scope="col">{t('ratings.table.region')}</th>
            <th scope="col" className="num">
              {t('ratings.table.score')}
            </th>
            {parameters.map((p) => (
              <th key={p.code} scope="col" className="num" title={en ? p.nameEn : p.name}>
                {p.code}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr
              key={e.region.code}
              data-region={e.region.code}
              className={`rating-row rating-row--${e.band.toLowerCase()}`}
            >
              <td className="num">{e.rank}</td>
              <td>
                <Change rank={e.rank} previous={e.previousRank} />
              </td>
              {compareRank && <td className="num">{compareRank.get(e.region.code) ?? '—'}</td>}
              <th scope="row">
                <Link to={`/ratings/regions/${e.region.code}`}>{en ? e.region.nameEn : e.region.name}</Link>
                {e.band !== 'MIDDLE' && <span className="rating-band"> — {t(`ratings.band.${e.band}`)}</span>}
              </th>
              <td className="num">{n(e.score)}</td>
              {parameters.map((p) => {
                const x = e.parameters.find((q) => q.code === p.code);
                return (
                  <td key={p.code} className="num">
                    {x && !x.noData ? n(x.points) : t('ratings.table.noData')}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
