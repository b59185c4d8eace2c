import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { Link } from 'react-router';
import { TILE_GRID } from '@tsifra/domain/regions';
import { currentLanguage } from '../../../app/i18n';
// The tile grid's keyboard navigation and styles come from the overview map (repoint after the UI kit lands).
import { nextTileIndex, type TilePosition } from '../../../shared/tile-map/tileNavigation';
import '../../../shared/tile-map/tile-map.css';
import { percent } from '../model/months';

export interface MapRegion {
  share: number;
  connected: number;
  total: number;
  standing: string;
  region: { id: string; code: string; name: string; nameEn: string; tile: { row: number; col: number } };
}

/** Five bands of the share connected; each tile also shows its percentage, so colour is never alone. */
const band = (share: number) => Math.min(4, Math.floor(share * 5));

/** Russia as a tile grid coloured by share connected; one Tab stop, arrow keys move between tiles. */
export function ShareMap({ regions }: { regions: readonly MapRegion[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const tiles = useMemo(
    () => [...regions].sort((a, b) => a.region.tile.row - b.region.tile.row || a.region.tile.col - b.region.tile.col),
    [regions],
  );
  const positions: TilePosition[] = useMemo(() => tiles.map((r) => r.region.tile), [tiles]);
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
    <div className="tile-map mszu-map">
      <p className="muted">{t('mszu.map.help')}</p>
      <div
        role="group"
        aria-label={t('mszu.map.label')}
        className="tile-map__grid"
        style={{
          gridTemplateColumns: `repeat(${TILE_GRID.cols}, minmax(2.4rem, 1fr))`,
          gridTemplateRows: `repeat(${TILE_GRID.rows}, auto)`,
        }}
      >
        {tiles.map((r, index) => {
          const name = lang === 'en' ? r.region.nameEn : r.region.name;
          return (
            <Link
              key={r.region.id}
              ref={(el) => {
                refs.current[index] = el;
              }}
              to={`/regions/${encodeURIComponent(r.region.code)}/mszu`}
              tabIndex={index === active ? 0 : -1}
              onKeyDown={(e) => onKeyDown(e, index)}
              onFocus={() => setActive(index)}
              className={`tile mszu-tile mszu-tile--${band(r.share)}`}
              style={{ gridRow: r.region.tile.row + 1, gridColumn: r.region.tile.col + 1 }}
              aria-label={`${name}: ${r.connected} / ${r.total}, ${percent(r.share, lang)}, ${t(`mszu.standing.${r.standing}`)}`}
              title={name}
            >
              <span className="tile__code">{r.region.code.slice(3)}</span>
              <span className="mszu-tile__value">{Math.round(r.share * 100)}</span>
            </Link>
          );
        })}
      </div>
      <p className="mszu-map__legend">{t('mszu.map.legend')}</p>
    </div>
  );
}
