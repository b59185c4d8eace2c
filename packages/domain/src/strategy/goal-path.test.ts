import { goalChain, pathLabel, snapshotPath } from './goal-path';
import type { StrategySnapshot } from './snapshot';

const indicator = (id: string, name: string) => ({
  id,
  name,
  unit: '%',
  direction: null,
  baselineYear: 2020,
  baselineValue: 1,
  responsible: null,
  targets: [{ year: 2024, value: 2 }],
});
const snapshot: StrategySnapshot = {
  format: 1,
  sectors: [{ code: 'healthcare', name: 'Здравоохранение', nameEn: 'Healthcare', rationale: null }],
  goals: [
    {
      id: 'g30',
      parentId: null,
      sectorCode: 'healthcare',
      horizon: 'Y2030',
      title: 'Цифровое здравоохранение',
      description: null,
      position: 0,
      indicators: [],
    },
    {
      id: 'g24',
      parentId: 'g30',
      sectorCode: 'healthcare',
      horizon: 'Y2024',
      title: 'Электронные медкарты',
      description: null,
      position: 0,
      indicators: [indicator('i1', 'Доля записей')],
    },
    {
      id: 'g24b',
      parentId: 'g30',
      sectorCode: 'healthcare',
      horizon: 'Y2024',
      title: 'Телемедицина',
      description: null,
      position: 1,
      indicators: [indicator('i2', 'Доля записей')],
    },
  ],
  initiatives: [],
};

describe('goal paths', () => {
  it('names the same indicator name under two goals apart', () => {
    expect(pathLabel(snapshotPath(snapshot, { indicatorId: 'i1', year: 2024 }))).toBe(
      'Здравоохранение › Цифровое здравоохранение › Электронные медкарты › Доля записей › 2024',
    );
    expect(pathLabel(snapshotPath(snapshot, { indicatorId: 'i2' }))).toBe(
      'Здравоохранение › Цифровое здравоохранение › Телемедицина › Доля записей',
    );
  });

  it.each([
    [{ goalId: 'g30' }, 'ru', 'Здравоохранение › Цифровое здравоохранение'],
    [{ goalId: 'g24' }, 'en', 'Healthcare › Цифровое здравоохранение › Электронные медкарты'],
    [{ goalId: 'missing' }, 'ru', ''],
    [{}, 'ru', ''],
  ] as const)('%j in %s reads %j', (pin, lang, expected) => {
    expect(pathLabel(snapshotPath(snapshot, pin, lang))).toBe(expected);
  });

  it('stops at a cycle instead of looping', () => {
    const looped = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(goalChain(looped, 'a').map((g) => g.id)).toEqual(['b', 'a']);
  });
});
