import type { StrategySnapshot } from '../strategy/snapshot';
import { buildStrategyDocument, formatDocNumber, type DocBlock } from './strategy-document';

const indicator = (id: string, name: string, targets: [number, number][]) => ({
  id,
  name,
  unit: '%',
  direction: 'INCREASE' as const,
  baselineYear: 2020,
  baselineValue: 84.9,
  responsible: null,
  targets: targets.map(([year, value]) => ({ year, value })),
});

const snapshot: StrategySnapshot = {
  format: 1,
  sectors: [
    { code: 'HEALTHCARE', name: 'Здравоохранение', nameEn: 'Healthcare', rationale: 'Телемедицина в районах' },
    { code: 'EDUCATION', name: 'Образование', nameEn: 'Education', rationale: null },
  ],
  goals: [
    {
      id: 'g30',
      parentId: null,
      sectorCode: 'HEALTHCARE',
      horizon: 'Y2030',
      title: 'Цифровое здравоохранение',
      description: null,
      position: 0,
      indicators: [
        indicator('i1', 'Доля ШПД', [
          [2021, 86.6],
          [2024, 92.5],
          [2030, 1250],
        ]),
      ],
    },
    {
      id: 'g24',
      parentId: 'g30',
      sectorCode: 'HEALTHCARE',
      horizon: 'Y2024',
      title: 'Запись к врачу онлайн',
      description: 'Везде',
      position: 0,
      indicators: [indicator('i2', 'Доля записей', [[2022, 50]])],
    },
    {
      id: 'g21',
      parentId: 'g24',
      sectorCode: 'HEALTHCARE',
      horizon: 'Y2021',
      title: 'Подключить поликлиники',
      description: null,
      position: 0,
      indicators: [],
    },
  ],
  initiatives: [{ id: 'n1', goalId: 'g24', title: 'ЕГИСЗ', description: null }],
};

const tables = (blocks: DocBlock[]) =>
  blocks.filter((b): b is Extract<DocBlock, { kind: 'table' }> => b.kind === 'table');

describe('buildStrategyDocument', () => {
  const doc = buildStrategyDocument({
    regionName: 'Ханты-Мансийский автономный округ — Югра',
    snapshot,
    versionLabel: 'Редакция 1',
    act: {
      kind: 'RASPORYAZHENIE',
      number: '359-рп',
      date: '2021-07-02',
      issuer: 'Правительства Ханты-Мансийского автономного округа — Югры',
    },
    budgets: [
      { initiativeId: 'n1', year: 2021, source: 'REGIONAL', amount: 12.5 },
      { initiativeId: 'n1', year: 2022, source: 'REGIONAL', amount: 3 },
      { initiativeId: 'n1', year: 2022, source: 'FEDERAL', amount: 100 },
    ],
  });

  it('opens with the official title in the genitive and the adopting act', () => {
    expect(doc.blocks[0]).toEqual({
      kind: 'title',
      text: expect.stringMatching(/государственного управления Ханты-Мансийского автономного округа — Югры$/),
      lines: [
        'утверждена распоряжением Правительства Ханты-Мансийского автономного округа — Югры от 02.07.2021 № 359-рп',
        'Редакция 1',
      ],
    });
  });

  it('numbers its sections and keeps a sector without goals', () => {
    const headings = doc.blocks
      .filter((b) => b.kind === 'heading')
      .map((b) => (b.kind === 'heading' ? `${b.number} ${b.text}` : ''));
    expect(headings).toEqual([
      '1 Общие положения',
      '2 Цели и задачи по отраслям',
      '2.1 Здравоохранение',
      '2.2 Образование',
      '3 Показатели',
      '3.1 Здравоохранение',
      '4 Проекты и инициативы',
    ]);
  });

  it('nests goals 2030 → 2024 → 2021 by list level', () => {
    const list = doc.blocks.find((b) => b.kind === 'list' && b.items.some((i) => i.text.startsWith('Цель до 2030')));
    expect(list).toEqual({
      kind: 'list',
      items: [
        { text: 'Цель до 2030 года: Цифровое здравоохранение', level: 0 },
        { text: 'Цель до 2024 года: Запись к врачу онлайн. Везде', level: 1 },
        { text: 'Задача на 2021 год: Подключить поликлиники', level: 2 },
      ],
    });
  });

  it('lays indicators out with one column per target year, numbers in Russian', () => {
    const indicators = tables(doc.blocks)[0]!;
    expect(indicators.header).toEqual([
      '№',
      'Показатель',
      'Цель',
      'Ед. изм.',
      'Базовое значение (год)',
      '2021',
      '2022',
      '2024',
      '2030',
    ]);
    expect(indicators.rows).toEqual([
      ['1', 'Доля ШПД', '2030: Цифровое здравоохранение', '%', '84,9 (2020)', '86,6', '—', '92,5', '1 250'],
      ['2', 'Доля записей', '2024: Запись к врачу онлайн', '%', '84,9 (2020)', '—', '50', '—', '—'],
    ]);
  });

  it('lists initiatives with budgets by year and source, one line per source', () => {
    const initiatives = tables(doc.blocks)[1]!;
    expect(initiatives.number).toBe(2);
    expect(initiatives.rows).toEqual([
      ['1', 'ЕГИСЗ', 'Запись к врачу онлайн', 'региональный бюджет', '12,5', '3'],
      ['1', 'ЕГИСЗ', 'Запись к врачу онлайн', 'федеральный бюджет', '—', '100'],
    ]);
  });

  it('adds the execution appendix only when actuals are reported', () => {
    expect(doc.blocks.some((b) => b.kind === 'heading' && b.number === 'Приложение')).toBe(false);
    const withActuals = buildStrategyDocument({
      regionName: 'Тульская область',
      snapshot,
      versionLabel: 'Редакция 1',
      actuals: [{ indicatorId: 'i1', year: 2021, value: 86.9, status: 'достигнут' }],
    });
    expect(tables(withActuals.blocks).at(-1)?.rows).toEqual([['Доля ШПД', '2021', '86,6', '86,9', 'достигнут']]);
  });

  it('formats numbers as Russian documents print them', () => {
    expect([formatDocNumber(92.5), formatDocNumber(1250000), formatDocNumber(0.125)]).toEqual([
      '92,5',
      '1 250 000',
      '0,125',
    ]);
  });
});
