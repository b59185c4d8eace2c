import type { DisplayStatus } from '../status';

export interface TilePosition {
  row: number;
  col: number;
}

/** A symbol per status, so the map never relies on colour alone. */
export const STATUS_SYMBOL: Record<DisplayStatus, string> = {
  NONE: '·',
  DRAFT: '✎',
  SUBMITTED: '●',
  CHANGES_REQUESTED: '↺',
  APPROVED: '✓',
};

const VERTICAL: Record<string, number> = { ArrowUp: -1, ArrowDown: 1 };

/**
 * Where a key moves focus on the sparse tile grid, or null (edge of the map, or not a navigation
 * key). Left/Right go to the previous/next tile in reading order (row by row, west to east), so
 * every tile is reachable even where the grid has gaps; Up/Down go to the nearest tile above or
 * below, preferring the same column (sideways distance weighs double); Home/End to the ends of the row.
 */
export function nextTileIndex(tiles: readonly TilePosition[], from: number, key: string): number | null {
  const here = tiles[from];
  if (!here) return null;
  if (key === 'Home' || key === 'End') {
    const sameRow = tiles.map((t, i) => ({ t, i })).filter(({ t }) => t.row === here.row);
    sameRow.sort((a, b) => a.t.col - b.t.col);
    const target = key === 'Home' ? sameRow[0] : sameRow[sameRow.length - 1];
    return target && target.i !== from ? target.i : null;
  }
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const order = tiles.map((_, i) => i).sort((a, b) => tiles[a]!.row - tiles[b]!.row || tiles[a]!.col - tiles[b]!.col);
    const target = order[order.indexOf(from) + (key === 'ArrowRight' ? 1 : -1)];
    return target ?? null;
  }
  const dr = VERTICAL[key];
  if (!dr) return null;
  let best: { index: number; score: number } | null = null;
  tiles.forEach((tile, index) => {
    const along = (tile.row - here.row) * dr;
    if (along <= 0) return;
    const score = along + 2 * Math.abs(tile.col - here.col);
    if (!best || score < best.score) best = { index, score };
  });
  return best ? (best as { index: number }).index : null;
}
