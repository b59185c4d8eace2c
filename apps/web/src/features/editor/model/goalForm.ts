import type { FieldError } from '@tsifra/domain/errors';
import { TARGET_YEARS, type Horizon } from '@tsifra/domain/horizons';
import { checkGoalInTree, type TreeGoal } from '@tsifra/domain/strategy/goal-tree';
import { checkGoalCapacity } from '@tsifra/domain/strategy/goals';
import type { IndicatorDirection } from '@tsifra/domain/strategy/indicators';
import { findUnit, storedUnit } from '@tsifra/domain/strategy/units';

/**
 * The goal form's state and its conversion to the API's GoalInput. Numbers stay as typed text
 * until sent (so «84,9» and a half-typed value survive); parsing and every rule are the domain's,
 * so the form flags exactly what the server would refuse, at the same field paths.
 */

export interface TargetState {
  year: number;
  /** As typed; blank means "no target for this year". */
  value: string;
}

export interface IndicatorState {
  /** Stable React key; the server replaces indicator ids on every save. */
  key: string;
  name: string;
  unit: string;
  direction: '' | IndicatorDirection;
  baselineYear: string;
  baselineValue: string;
  targets: TargetState[];
  responsible: string;
}

export interface GoalState {
  title: string;
  description: string;
  horizon: Horizon;
  sectorCode: string;
  parentId: string | null;
  indicators: IndicatorState[];
}

/** The shape the server returns for a goal (the editor's fragment). */
export interface GoalData {
  id: string;
  horizon: Horizon;
  title: string;
  description?: string | null;
  sector: { code: string };
  parent?: { id: string } | null;
  indicators: readonly {
    id: string;
    name: string;
    unit: string;
    direction?: IndicatorDirection | null;
    baselineYear: number;
    baselineValue: number;
    responsible?: string | null;
    targets: readonly { year: number; value: number }[];
  }[];
}

export interface GoalInputValue {
  horizon: Horizon;
  sectorCode: string;
  title: string;
  description: string | null;
  parentId: string | null;
  indicators: {
    name: string;
    unit: string;
    direction: IndicatorDirection | null;
    baselineYear: number;
    baselineValue: number;
    targets: { year: number; value: number }[];
    responsible: string | null;
  }[];
}

let keySeq = 0;
export function newKey(): string {
  keySeq += 1;
  return `ind-${keySeq}`;
}

/** Target rows: the template's years (2021–2024, 2030) plus any other year the indicator already has. */
function targetRows(existing: readonly { year: number; value: number }[]): TargetState[] {
  const years = [...new Set<number>([...TARGET_YEARS, ...existing.map((t) => t.year)])].sort((a, b) => a - b);
  return years.map((year) => {
    const found = existing.find((t) => t.year === year);
    return { year, value: found === undefined ? '' : String(found.value) };
  });
}

export function emptyIndicator(): IndicatorState {
  return {
    key: newKey(),
    name: '',
    unit: '',
    direction: '',
    baselineYear: '',
    baselineValue: '',
    targets: targetRows([]),
    responsible: '',
  };
}

export function emptyGoal(horizon: Horizon, sectorCode: string, parentId: string | null): GoalState {
  return { title: '', description: '', horizon, sectorCode, parentId, indicators: [] };
}

export function goalStateOf(goal: GoalData): GoalState {
  return {
    title: goal.title,
    description: goal.description ?? '',
    horizon: goal.horizon,
    sectorCode: goal.sector.code,
    parentId: goal.parent?.id ?? null,
    indicators: goal.indicators.map((i) => ({
      key: i.id,
      name: i.name,
      // The select's value is the ОКЕИ code when the unit is known; otherwise the stored text.
      unit: findUnit(i.unit)?.code ?? i.unit,
      direction: i.direction ?? '',
      baselineYear: String(i.baselineYear),
      baselineValue: String(i.baselineValue),
      targets: targetRows(i.targets),
      responsible: i.responsible ?? '',
    })),
  };
}

/** A typed number: spaces dropped, a decimal comma accepted; blank → undefined; garbage → NaN. */
export function parseNumber(text: string): number | undefined {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (cleaned === '') return undefined;
  return Number(cleaned);
}

/** The GoalInput this state stands for: blank targets left out, numbers parsed. */
export function toGoalInput(state: GoalState): GoalInputValue {
  return {
    horizon: state.horizon,
    sectorCode: state.sectorCode,
    title: state.title.trim(),
    description: state.description.trim() === '' ? null : state.description.trim(),
    parentId: state.parentId,
    indicators: state.indicators.map((i) => ({
      name: i.name.trim(),
      unit: storedUnit(i.unit),
      direction: i.direction === '' ? null : i.direction,
      baselineYear: parseNumber(i.baselineYear) ?? Number.NaN,
      baselineValue: parseNumber(i.baselineValue) ?? Number.NaN,
      targets: i.targets
        .filter((t) => t.value.trim() !== '')
        .map((t) => ({ year: t.year, value: parseNumber(t.value) ?? Number.NaN })),
      responsible: i.responsible.trim() === '' ? null : i.responsible.trim(),
    })),
  };
}

export interface GoalContextInfo {
  /** The horizon of the goal the input names as parent, when the form knows it. */
  parentHorizon: Horizon | null;
  chosenSectors: readonly string[];
  /** The strategy's loaded tree and the goal being edited (null when adding): the tree rules run against it. */
  tree?: { goals: readonly TreeGoal[]; goalId: string | null };
}

/**
 * Every domain rule the server checks that the form has the data for, at the server's paths relative to `input`
 * (e.g. `indicators[0].targets[1].value`): the goal-tree rules against the loaded tree (parent, cycle, children's
 * horizons, indicator cap and, when adding, the strategy's goal cap — `strategyId`, shown at the top of the form).
 * Without a tree, only the parent's horizon is known.
 */
export function validateGoalInput(input: GoalInputValue, ctx: GoalContextInfo): FieldError[] {
  if (ctx.tree) {
    const { goals, goalId } = ctx.tree;
    if (!goalId) {
      const capacity = checkGoalCapacity(goals.length);
      if (capacity.length) return capacity;
    }
    return checkGoalInTree(input, { goals, chosenSectors: ctx.chosenSectors, goalId });
  }
  const parent = input.parentId && ctx.parentHorizon ? { id: input.parentId, horizon: ctx.parentHorizon } : null;
  return checkGoalInTree(
    { ...input, parentId: parent?.id ?? null },
    { goals: parent ? [{ ...parent, parentId: null }] : [], chosenSectors: ctx.chosenSectors },
  );
}

/** Key of the form control an error belongs to: `title`, `indicators[0].unit`, `indicators[0].target.2024`, … */
export type ControlKey = string;

export function targetControl(indicatorIndex: number, year: number): ControlKey {
  return `indicators[${indicatorIndex}].target.${year}`;
}

/**
 * Places an error (a path relative to the goal input, as the domain and the server give it) on
 * the control that shows it. A target's `year` and `value` both land on that year's input: the
 * form has one input per year. Unknown paths return '' (shown at the top of the form).
 */
export function controlOf(path: string, input: GoalInputValue): ControlKey {
  const target = /^indicators\[(\d+)\]\.targets\[(\d+)\]\.(value|year)$/.exec(path);
  if (target) {
    const i = Number(target[1]);
    const year = input.indicators[i]?.targets[Number(target[2])]?.year;
    return year === undefined ? `indicators[${i}].targets` : targetControl(i, year);
  }
  if (/^indicators\[\d+\]\.(name|unit|direction|baselineYear|baselineValue|responsible|targets)$/.test(path))
    return path;
  if (['title', 'description', 'horizon', 'sectorCode', 'parentId'].includes(path)) return path;
  return '';
}

/** The paths of a server BAD_USER_INPUT error, made relative to the goal input (`input.title` → `title`). */
export function relativeToInput(path: string): string {
  if (path === 'input') return '';
  return path.startsWith('input.') ? path.slice('input.'.length) : path;
}

/** Groups errors by control key. */
export function errorsByControl(errors: readonly FieldError[], input: GoalInputValue): Map<ControlKey, FieldError[]> {
  const map = new Map<ControlKey, FieldError[]>();
  for (const e of errors) {
    const key = controlOf(e.field, input);
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  }
  return map;
}

/**
 * Re-applies the user's edits on a newer server version (a three-way merge): every field the user
 * changed since `base` takes the user's value, every other field the server's (`latest`). The
 * indicators count as one field: the API replaces them as a list.
 */
export function mergeEdits(base: GoalState, latest: GoalState, draft: GoalState): GoalState {
  const pick = <K extends keyof GoalState>(key: K): GoalState[K] =>
    JSON.stringify(strip(draft)[key]) !== JSON.stringify(strip(base)[key]) ? draft[key] : latest[key];
  return {
    title: pick('title'),
    description: pick('description'),
    horizon: pick('horizon'),
    sectorCode: pick('sectorCode'),
    parentId: pick('parentId'),
    indicators: pick('indicators'),
  };
}

function strip(state: GoalState) {
  return { ...state, indicators: state.indicators.map(({ key: _key, ...rest }) => rest) };
}
