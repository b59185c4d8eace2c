import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/react';
import { Link } from 'react-router';
import { currentLanguage } from '../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { STATUS_ORDER, type DisplayStatus } from '../status';
import { STATUS_SYMBOL, nextTileIndex, type TilePosition } from './tileNavigation';
import './tile-map.css';

export const TileMap_region = graphql(`
  fragment TileMap_region on Region {
    id
    code
    name
    nameEn
    tile {
      row
      col
    }
    strategy {
      id
      status
    }
    strategyInForce {
      id
      status
    }
  }
`);

interface TileMapProps {
  regions: readonly FragmentType<typeof TileMap_region>[];
  /** Ids of the regions the filters let through; the others are dimmed. All match when omitted. */
  matching?: ReadonlySet<string>;
}

/**
 * Russia as a tile grid: one square per region, roughly where it lies (row 0 north, column 0 west).
 * Tiles are links coloured by status, with the status also as a symbol, a pattern and in the
 * accessible name. The grid is one Tab stop; arrow keys move between tiles, Home/End along a row.
 */
export function TileMap(props: TileMapProps) {
  const regions = useFragment(TileMap_region, props.regions);
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { matching } = props;
  const tiles = useMemo(
    () => [...regions].sort((a, b) => a.tile.row - b.tile.row || a.tile.col - b.tile.col),
    [regions],
  );
  const positions: TilePosition[] = useMemo(() => tiles.map((r) => r.tile), [tiles]);
  // Sized by the tiles it draws (every region, placed by the server from the domain's table): the domain's
  // TILE_GRID would bring the whole region table onto the first page (issue 16).
  const grid = useMemo(
    () => ({
      rows: Math.max(0, ...positions.map((p) => p.row)) + 1,
      cols: Math.max(0, ...positions.map((p) => p.col)) + 1,
    }),
    [positions],
  );
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLAnchorElement | null)[]>([]);
  const activeIndex = Math.min(active, Math.max(tiles.length - 1, 0));

  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>, index: number) => {
    const next = nextTileIndex(positions, index, event.key);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    refs.current[next]?.focus();
  };

  return (
    <div className="tile-map">
      <p id="tile-map-help" className="muted">
        {t('map.help')}
      </p>
      <div
        role="group"
        aria-label={t('map.label')}
        aria-describedby="tile-map-help"
        className="tile-map__grid"
        style={{
          gridTemplateColumns: `repeat(${grid.cols}, minmax(2.4rem, 1fr))`,
          gridTemplateRows: `repeat(${grid.rows}, auto)`,
        }}
      >
        {tiles.map((region, index) => {
          // The edition in force while an amendment is in work, so the public map never shows a draft.
          const status = ((region.strategyInForce ?? region.strategy)?.status ?? 'NONE') as DisplayStatus;
          const dimmed = matching ? !matching.has(region.id) : false;
          const name = lang === 'en' ? region.nameEn : region.name;
          const label = `${name}: ${t(`status.${status}`)}${dimmed ? ` (${t('map.dimmed')})` : ''}`;
          return (
            <Link
              key={region.id}
              ref={(el) => {
                refs.current[index] = el;
              }}
              to={`/regions/${encodeURIComponent(region.code)}`}
              className={`tile tile--${status.toLowerCase()}${dimmed ? ' tile--dimmed' : ''}`}
              style={{ gridRow: region.tile.row + 1, gridColumn: region.tile.col + 1 }}
              data-code={region.code}
              data-status={status}
              aria-label={label}
              title={label}
              tabIndex={index === activeIndex ? 0 : -1}
              onFocus={() => setActive(index)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              <span className="tile__code" aria-hidden="true">
                {region.code.replace(/^RU-/, '')}
              </span>
              <span className="tile__symbol" aria-hidden="true">
                {STATUS_SYMBOL[status]}
              </span>
            </Link>
          );
        })}
      </div>
      <ul className="tile-legend" aria-label={t('map.legend')}>
        {STATUS_ORDER.map((status) => (
          <li key={status} className="tile-legend__item">
            <span className={`tile tile--sample tile--${status.toLowerCase()}`} aria-hidden="true">
              <span className="tile__symbol">{STATUS_SYMBOL[status]}</span>
            </span>
            {t(`status.${status}`)}
          </li>
        ))}
        {matching && (
          <li className="tile-legend__item">
            <span className="tile tile--sample tile--none tile--dimmed" aria-hidden="true" />
            {t('map.dimmedLegend')}
          </li>
        )}
      </ul>
    </div>
  );
}
