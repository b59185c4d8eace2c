import { GOSTECH_STAGES, stageIndex, type GostechStage } from '@tsifra/domain/gostech/plan';

/** The years the timeline shows: the programme's migration window. */
export const TIMELINE_FIRST_YEAR = 2021;
export const TIMELINE_LAST_YEAR = 2024;

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const RANGE_START = dayOf(`${TIMELINE_FIRST_YEAR}-01-01`);
/** The day after the last shown day: bars end at the end of their last day. */
const RANGE_END = dayOf(`${TIMELINE_LAST_YEAR + 1}-01-01`);

/** The quarters along the axis, `2021-Q1` … `2024-Q4`. */
export const TIMELINE_QUARTERS: readonly string[] = Array.from(
  { length: (TIMELINE_LAST_YEAR - TIMELINE_FIRST_YEAR + 1) * 4 },
  (_, i) => `${TIMELINE_FIRST_YEAR + Math.floor(i / 4)}-Q${(i % 4) + 1}`,
);

/** Where a bar sits on the axis, in percent of its width; `clippedStart`/`clippedEnd` when it runs past the window. */
export interface BarPlacement {
  left: number;
  width: number;
  clippedStart: boolean;
  clippedEnd: boolean;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Places a bar from `start` to `end` (ISO dates, both days included) on the 2021–2024 axis. Null when
 * a date is missing or invalid, the end is before the start, or the bar falls wholly outside the window.
 */
export function placeBar(start: string | null | undefined, end: string | null | undefined): BarPlacement | null {
  if (!start || !end || !ISO.test(start) || !ISO.test(end)) return null;
  const from = dayOf(start);
  const to = dayOf(end) + 1;
  if (Number.isNaN(from) || Number.isNaN(to) || to <= from) return null;
  if (to <= RANGE_START || from >= RANGE_END) return null;
  const span = RANGE_END - RANGE_START;
  const left = Math.max(from, RANGE_START);
  const right = Math.min(to, RANGE_END);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    left: round(((left - RANGE_START) / span) * 100),
    width: round(((right - left) / span) * 100),
    clippedStart: from < RANGE_START,
    clippedEnd: to > RANGE_END,
  };
}

export interface TimelineStage {
  stage: GostechStage;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  actualStart?: string | null;
  actualEnd?: string | null;
}

/** One lane of the timeline: a stage of a system with its planned and actual bars. */
export interface TimelineLane {
  stage: GostechStage;
  planned: BarPlacement | null;
  actual: BarPlacement | null;
  /** The actual bar runs to `today` because the stage has started and not ended. */
  ongoing: boolean;
  dates: TimelineStage;
}

/**
 * The lanes of one system: its stages in the fixed order, each with a planned bar and an actual bar.
 * A stage that has started but not ended is drawn up to `today`.
 */
export function lanesOf(stages: readonly TimelineStage[], today: string): TimelineLane[] {
  return [...stages]
    .filter((s) => (GOSTECH_STAGES as readonly string[]).includes(s.stage))
    .sort((a, b) => stageIndex(a.stage) - stageIndex(b.stage))
    .map((s) => {
      const ongoing = Boolean(s.actualStart && !s.actualEnd);
      const actualEnd = s.actualEnd ?? (ongoing && s.actualStart && today >= s.actualStart ? today : null);
      return {
        stage: s.stage,
        planned: placeBar(s.plannedStart, s.plannedEnd),
        actual: placeBar(s.actualStart, actualEnd),
        ongoing,
        dates: s,
      };
    });
}
