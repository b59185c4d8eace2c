import { countChanges, diffRevisions } from './revision-diff';
import {
  emptySnapshot,
  normalizeSnapshot,
  parseSnapshot,
  type SnapshotGoal,
  type SnapshotIndicator,
  type StrategySnapshot,
} from './snapshot';

const indicator = (
  id: string,
  name: string,
  baselineValue: number,
  targets: Record<number, number>,
  extra: Partial<SnapshotIndicator> = {},
): SnapshotIndicator => ({
  id,
  name,
  unit: '%',
  direction: 'INCREASE',
  baselineYear: 2020,
  baselineValue,
  responsible: null,
  targets: Object.entries(targets).map(([year, value]) => ({ year: Number(year), value })),
  ...extra,
});

const goal = (
  id: string,
  parentId: string | null,
  horizon: SnapshotGoal['horizon'],
  title: string,
  extra: Partial<SnapshotGoal> = {},
): SnapshotGoal => ({
  id,
  parentId,
  sectorCode: 'healthcare',
  horizon,
  title,
  description: null,
  position: 0,
  indicators: [],
  ...extra,
});

const sector = (code: string) => ({ code, name: code, nameEn: code, rationale: null });

/** Revision 1 of the fixture. */
const before: StrategySnapshot = {
  format: 1,
  sectors: [sector('healthcare'), sector('education'), sector('transport')],
  goals: [
    goal('g30', null, 'Y2030', 'Цифровое здравоохранение', {
      indicators: [indicator('i30', 'Доля МО в ЕГИСЗ', 62, { 2024: 95, 2030: 100 })],
    }),
    goal('g24a', 'g30', 'Y2024', 'Запись онлайн', {
      indicators: [indicator('i24a', 'Доля записей онлайн', 38, { 2021: 45, 2024: 65 })],
    }),
    goal('g24b', 'g30', 'Y2024', 'Телемедицина', { position: 1 }),
    goal('g21', 'g24a', 'Y2021', 'Подключить поликлиники', {
      indicators: [indicator('i21', 'Поликлиники на ЕПГУ', 70, { 2021: 90 })],
    }),
    goal('gEdu', null, 'Y2030', 'Цифровая школа', { sectorCode: 'education', position: 1 }),
    goal('gGone', null, 'Y2030', 'Удаляемая цель', { sectorCode: 'transport', position: 2 }),
  ],
  initiatives: [],
};

/** Revision 2: one goal added, one removed, one moved, text and numbers changed. */
const after: StrategySnapshot = {
  format: 1,
  sectors: [sector('healthcare'), sector('education'), sector('social_sphere')],
  goals: [
    goal('g30', null, 'Y2030', 'Цифровое здравоохранение', {
      description: 'ЕГИСЗ и телемедицина',
      // re-created under a new id, same name: a change, not remove + add
      indicators: [indicator('i30new', 'Доля МО в ЕГИСЗ', 62, { 2024: 96, 2030: 100 })],
    }),
    goal('g24a', 'g30', 'Y2024', 'Запись к врачу онлайн', {
      indicators: [
        indicator('i24a', 'Доля записей онлайн', 40, { 2021: 45, 2023: 58, 2024: 65 }, { unit: 'проц.' }),
        indicator('i24x', 'Число телемедицинских консультаций', 0, { 2024: 1000 }),
      ],
    }),
    // moved under the other 2024 goal
    goal('g21', 'g24b', 'Y2021', 'Подключить поликлиники', { indicators: [] }),
    goal('g24b', 'g30', 'Y2024', 'Телемедицина', { position: 1 }),
    goal('gEdu', null, 'Y2030', 'Цифровая школа', { sectorCode: 'education', position: 1 }),
    goal('gNew', null, 'Y2030', 'Социальная сфера онлайн', { sectorCode: 'social_sphere', position: 2 }),
  ],
  initiatives: [],
};

describe('diffRevisions', () => {
  const diff = diffRevisions(before, after);

  it('lists sectors chosen and dropped', () => {
    expect(diff.sectorsAdded).toEqual(['social_sphere']);
    expect(diff.sectorsRemoved).toEqual(['transport']);
  });

  it('lists added and removed goals with their place in the tree', () => {
    expect(diff.goalsAdded).toEqual([
      {
        goalId: 'gNew',
        title: 'Социальная сфера онлайн',
        horizon: 'Y2030',
        sectorCode: 'social_sphere',
        parentId: null,
      },
    ]);
    expect(diff.goalsRemoved).toEqual([
      { goalId: 'gGone', title: 'Удаляемая цель', horizon: 'Y2030', sectorCode: 'transport', parentId: null },
    ]);
  });

  it('lists a goal under another parent as moved', () => {
    expect(diff.goalsMoved).toEqual([
      {
        goalId: 'g21',
        title: 'Подключить поликлиники',
        fromParentId: 'g24a',
        toParentId: 'g24b',
        fromSectorCode: 'healthcare',
        toSectorCode: 'healthcare',
      },
    ]);
  });

  it('lists text changes field by field', () => {
    expect(diff.goalsChanged).toEqual([
      {
        goalId: 'g30',
        title: 'Цифровое здравоохранение',
        changes: [{ field: 'description', before: null, after: 'ЕГИСЗ и телемедицина' }],
      },
      {
        goalId: 'g24a',
        title: 'Запись к врачу онлайн',
        changes: [{ field: 'title', before: 'Запись онлайн', after: 'Запись к врачу онлайн' }],
      },
    ]);
  });

  it('lists indicators added, removed and changed, matching a re-created indicator by name', () => {
    expect(diff.indicatorsAdded).toEqual([
      { goalId: 'g24a', indicatorId: 'i24x', name: 'Число телемедицинских консультаций' },
    ]);
    expect(diff.indicatorsRemoved).toEqual([{ goalId: 'g21', indicatorId: 'i21', name: 'Поликлиники на ЕПГУ' }]);
    expect(diff.indicatorsChanged).toEqual([
      {
        goalId: 'g24a',
        beforeId: 'i24a',
        afterId: 'i24a',
        name: 'Доля записей онлайн',
        changes: [{ field: 'unit', before: '%', after: 'проц.' }],
      },
    ]);
  });

  it('lists every changed number with its year, old and new value', () => {
    expect(diff.valueChanges).toEqual([
      {
        goalId: 'g30',
        indicatorId: 'i30new',
        indicatorName: 'Доля МО в ЕГИСЗ',
        unit: '%',
        kind: 'TARGET',
        year: 2024,
        before: 95,
        after: 96,
      },
      {
        goalId: 'g24a',
        indicatorId: 'i24a',
        indicatorName: 'Доля записей онлайн',
        unit: 'проц.',
        kind: 'BASELINE',
        year: 2020,
        before: 38,
        after: 40,
      },
      {
        goalId: 'g24a',
        indicatorId: 'i24a',
        indicatorName: 'Доля записей онлайн',
        unit: 'проц.',
        kind: 'TARGET',
        year: 2023,
        before: null,
        after: 58,
      },
    ]);
  });

  it('finds nothing between a revision and itself, in any goal order', () => {
    const shuffled = { ...after, goals: [...after.goals].reverse() };
    expect(countChanges(diffRevisions(after, shuffled))).toBe(0);
  });

  it('lists everything as added against an empty snapshot, without repeating indicators of new goals', () => {
    const first = diffRevisions(emptySnapshot(), before);
    expect(first.goalsAdded.map((g) => g.goalId)).toEqual(['g30', 'g24a', 'g21', 'g24b', 'gEdu', 'gGone']);
    expect(first.indicatorsAdded).toEqual([]);
    expect(first.sectorsAdded).toEqual(['healthcare', 'education', 'transport']);
  });

  it('diffs initiatives by id', () => {
    const a = {
      ...before,
      initiatives: [
        { id: 'n1', goalId: 'g30', title: 'ЕГИСЗ', description: null },
        { id: 'n2', goalId: null, title: 'Старое', description: null },
      ],
    };
    const b = {
      ...before,
      initiatives: [
        { id: 'n1', goalId: 'g30', title: 'ЕГИСЗ 2.0', description: null },
        { id: 'n3', goalId: null, title: 'Новое', description: null },
      ],
    };
    const d = diffRevisions(a, b);
    expect(d.initiativesAdded).toEqual([{ initiativeId: 'n3', title: 'Новое' }]);
    expect(d.initiativesRemoved).toEqual([{ initiativeId: 'n2', title: 'Старое' }]);
    expect(d.initiativesChanged).toEqual([
      { initiativeId: 'n1', title: 'ЕГИСЗ 2.0', changes: [{ field: 'title', before: 'ЕГИСЗ', after: 'ЕГИСЗ 2.0' }] },
    ]);
  });
});

describe('snapshots', () => {
  it('orders goals parents first, siblings by position, and targets by year', () => {
    const s = normalizeSnapshot({
      ...emptySnapshot(),
      goals: [
        goal('c', 'p', 'Y2024', 'child', { indicators: [indicator('i', 'x', 1, { 2024: 3, 2021: 2 })] }),
        goal('p2', null, 'Y2030', 'second', { position: 1 }),
        goal('p', null, 'Y2030', 'first'),
      ],
    });
    expect(s.goals.map((g) => g.id)).toEqual(['p', 'c', 'p2']);
    expect(s.goals[1]!.indicators[0]!.targets.map((t) => t.year)).toEqual([2021, 2024]);
  });

  it('reads stored JSON, filling lists an older format lacked', () => {
    expect(parseSnapshot('{"sectors":[],"goals":[]}')).toEqual(emptySnapshot());
  });
});
