import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { Link } from 'react-router';
import { TILE_GRID } from '@tsifra/domain/regions';
import { bandRanks, MAP_BANDS, mapBand, type MapBand } from '@tsifra/domain/rating/map-bands';
import { nextTileIndex, type TilePosition } from '../../../shared/tile-map/tileNavigation';
import '../../../shared/tile-map/tile-map.css';

/** A symbol per band, so the map never relies on colour alone (a pattern and the rank in the name too). */
const BAND_SYMBOL: Record<MapBand, string> = { TOP: '▲', HIGH: '△', MIDDLE: '◇', LOW: '▽', BOTTOM: '▼' };

interface Entry {
  rank: number;
  score: number;
  region: { code: string; name: string; nameEn: string; tile: TilePosition };
}

/**
 * The month's rating on the tile-grid map: each region coloured by its rank band (five bands of 17 by rank),
 * with the band's symbol and pattern, the rank in the tile and the accessible name; the legend gives each
 * band's ranks. The rating table below is the same data as a table.
 */
export function RatingBandMap({ entries, caption }: { entries: readonly Entry[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const count = entries.length;
  const tiles = useMemo(
    () => [...entries].sort((a, b) => a.region.tile.row - b.region.tile.row || a.region.tile.col - b.region.tile.col),
    [entries],
  );
  const positions = useMemo(() => tiles.map((e) => e.region.tile), [tiles]);
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLAnchorElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>, index: number) => {
    const next = nextTileIndex(positions, index, event.key);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    refs.current[next]?.focus();
  };
  return (
    <figure className="tile-map rating-map">
      <figcaption id="rating-map-caption">{caption}</figcaption>
      <p id="rating-map-help" className="muted">
        {t('ratings.map.help')}
      </p>
      <div
        role="group"
        aria-labelledby="rating-map-caption"
        aria-describedby="rating-map-help"
        className="tile-map__grid"
        style={{
          gridTemplateColumns: `repeat(${TILE_GRID.cols}, minmax(2.4rem, 1fr))`,
          gridTemplateRows: `repeat(${TILE_GRID.rows}, auto)`,
        }}
      >
        {tiles.map((e, index) => {
          const band = mapBand(e.rank, count);
          const label = t('ratings.map.tile', {
            region: en ? e.region.nameEn : e.region.name,
            rank: e.rank,
            score: e.score,
            band: t(`ratings.map.bands.${band}`),
          });
          return (
            <Link
              key={e.region.code}
              ref={(el) => {
                refs.current[index] = el;
              }}
              to={`/ratings/regions/${encodeURIComponent(e.region.code)}`}
              className={`tile rating-band--${band.toLowerCase()}`}
              style={{ gridRow: e.region.tile.row + 1, gridColumn: e.region.tile.col + 1 }}
              data-code={e.region.code}
              data-band={band}
              aria-label={label}
              title={label}
              tabIndex={index === Math.min(active, tiles.length - 1) ? 0 : -1}
              onFocus={() => setActive(index)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              <span className="tile__code" aria-hidden="true">
                {e.region.code.replace(/^RU-/, '')}
              </span>
              <span className="tile__symbol" aria-hidden="true">
                {BAND_SYMBOL[band]}
                {e.rank}
              </span>
            </Link>
          );
        })}
      </div>
      <ul className="tile-legend" aria-label={t('ratings.map.legend')}>
        {MAP_BANDS.map((band) => {
          const [first, last] = bandRanks(band, count);
          return (
            <li key={band} className="tile-legend__item">
              <span className={`tile tile--sample rating-band--${band.toLowerCase()}`} aria-hidden="true">
                <span className="tile__symbol">{BAND_SYMBOL[band]}</span>
              </span>
              {t('ratings.map.legendItem', { band: t(`ratings.map.bands.${band}`), first, last })}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
