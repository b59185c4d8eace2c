/** Display of a progress status: a text key, a symbol and a colour class (colour never alone). */
export const PROGRESS_STATUS_ORDER = ['OFF_TRACK', 'AT_RISK', 'ON_TRACK', 'ACHIEVED', 'NO_DATA'] as const;
export type ProgressStatusName = (typeof PROGRESS_STATUS_ORDER)[number];

const SYMBOL: Record<ProgressStatusName, string> = {
  OFF_TRACK: '✕',
  AT_RISK: '!',
  ON_TRACK: '↗',
  ACHIEVED: '✓',
  NO_DATA: '—',
};
/** Colours for the heatmap, by status (the text and symbol carry the meaning too). */
export const STATUS_COLOUR: Record<ProgressStatusName, string> = {
  OFF_TRACK: '#b3261e',
  AT_RISK: '#c77700',
  ON_TRACK: '#5b8c2a',
  ACHIEVED: '#1e6b3a',
  NO_DATA: '#9e9e9e',
};

export const statusSymbol = (s: string) => SYMBOL[s as ProgressStatusName] ?? '';
export const statusRank = (s: string) => PROGRESS_STATUS_ORDER.indexOf(s as ProgressStatusName);
