/**
 * A strategy as an official document: the sections regional acts print — general provisions (the chosen
 * sectors and why), goals and tasks per sector nested 2030 → 2024 → 2021, a table of indicators with one
 * column per target year (as programme appendices lay them out), initiatives with budgets by year and source,
 * and, when actuals are reported, an execution appendix. One model, two renderers on the server (DOCX, and an
 * HTML print view that Chromium turns into a tagged PDF), so the two files always say the same thing.
 */

import { horizonYear } from '../horizons';
import type { BudgetSource } from '../strategy/initiatives';
import type { SnapshotGoal, SnapshotIndicator, StrategySnapshot } from '../strategy/snapshot';
import { adoptedBy, officialStrategyTitle, type LegalAct } from './official-title';

export type DocBlock =
  | { kind: 'title'; text: string; lines: string[] }
  | { kind: 'heading'; level: 1 | 2 | 3; number: string; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: { text: string; level: 0 | 1 | 2 }[] }
  | { kind: 'table'; number: number; caption: string; header: string[]; rows: string[][]; numeric: boolean[] };

export interface StrategyDocument {
  title: string;
  /** BCP 47 language of the text (the PDF's /Lang, the DOCX's proofing language). */
  lang: 'ru';
  blocks: DocBlock[];
}

export interface DocumentBudgetLine {
  initiativeId: string;
  year: number;
  source: BudgetSource;
  /** Million roubles. */
  amount: number;
}

export interface DocumentActual {
  indicatorId: string;
  year: number;
  value: number;
  /** The progress status in words, when the caller computed one («достигнут», «отстаёт»…). */
  status?: string;
}

export interface StrategyDocumentInput {
  /** The region's Russian name (nominative); the title puts it in the genitive. */
  regionName: string;
  snapshot: StrategySnapshot;
  /** What this file is: «Редакция 2», «Ревизия 3 (на рассмотрении)», «Черновик». */
  versionLabel: string;
  act?: LegalAct | null;
  budgets?: DocumentBudgetLine[];
  actuals?: DocumentActual[];
}

const HORIZON_WORDS = { Y2030: 'Цель до 2030 года', Y2024: 'Цель до 2024 года', Y2021: 'Задача на 2021 год' } as const;
const SOURCE_WORDS: Readonly<Record<BudgetSource, string>> = {
  FEDERAL: 'федеральный бюджет',
  REGIONAL: 'региональный бюджет',
  EXTRA_BUDGETARY: 'внебюджетные источники',
};

const numberFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 3 });
/** Numbers as Russian documents print them: «92,5», «1 250». */
export function formatDocNumber(value: number): string {
  return numberFormat.format(value).replace(/\u00a0/g, ' ');
}

/** Goals in document order: by sector (the strategy's sector order), then the snapshot's tree order. */
function goalsBySector(snapshot: StrategySnapshot): Map<string, SnapshotGoal[]> {
  const bySector = new Map<string, SnapshotGoal[]>(snapshot.sectors.map((s) => [s.code, []]));
  for (const g of snapshot.goals) bySector.set(g.sectorCode, [...(bySector.get(g.sectorCode) ?? []), g]);
  return bySector;
}

function depthOf(goal: SnapshotGoal, byId: Map<string, SnapshotGoal>): 0 | 1 | 2 {
  let depth = 0;
  for (
    let p = goal.parentId ? byId.get(goal.parentId) : undefined;
    p && depth < 2;
    p = p.parentId ? byId.get(p.parentId) : undefined
  )
    depth += 1;
  return depth as 0 | 1 | 2;
}

/** Builds the document; pure, so both renderers and the tests see the same blocks. */
export function buildStrategyDocument(input: StrategyDocumentInput): StrategyDocument {
  const { snapshot } = input;
  const title = officialStrategyTitle(input.regionName);
  const blocks: DocBlock[] = [];
  const lines = [input.act ? adoptedBy(input.act) : null, input.versionLabel].filter((l): l is string => !!l);
  blocks.push({ kind: 'title', text: title, lines });
  let tableNumber = 0;
  const byId = new Map(snapshot.goals.map((g) => [g.id, g]));
  const bySector = goalsBySector(snapshot);

  blocks.push({ kind: 'heading', level: 1, number: '1', text: 'Общие положения' });
  blocks.push({
    kind: 'paragraph',
    text: `Стратегия определяет задачи на 2021 год и цели цифровой трансформации до 2024 и 2030 годов в ${snapshot.sectors.length} отраслях, выбранных регионом.`,
  });
  blocks.push({
    kind: 'list',
    items: snapshot.sectors.map((s) => ({
      text: s.rationale ? `${s.name}: ${s.rationale}` : s.name,
      level: 0 as const,
    })),
  });

  blocks.push({ kind: 'heading', level: 1, number: '2', text: 'Цели и задачи по отраслям' });
  snapshot.sectors.forEach((sector, i) => {
    blocks.push({ kind: 'heading', level: 2, number: `2.${i + 1}`, text: sector.name });
    const goals = bySector.get(sector.code) ?? [];
    if (!goals.length) blocks.push({ kind: 'paragraph', text: 'Цели не заданы.' });
    else blocks.push({ kind: 'list', items: goals.map((g) => ({ text: goalLine(g), level: depthOf(g, byId) })) });
  });

  blocks.push({ kind: 'heading', level: 1, number: '3', text: 'Показатели' });
  snapshot.sectors.forEach((sector, i) => {
    const indicators = (bySector.get(sector.code) ?? []).flatMap((g) => g.indicators.map((ind) => ({ goal: g, ind })));
    if (!indicators.length) return;
    const years = [...new Set(indicators.flatMap(({ ind }) => ind.targets.map((t) => t.year)))].sort((a, b) => a - b);
    tableNumber += 1;
    blocks.push({ kind: 'heading', level: 2, number: `3.${i + 1}`, text: sector.name });
    blocks.push({
      kind: 'table',
      number: tableNumber,
      caption: `Показатели отрасли «${sector.name}»`,
      header: ['№', 'Показатель', 'Цель', 'Ед. изм.', 'Базовое значение (год)', ...years.map(String)],
      numeric: [false, false, false, false, true, ...years.map(() => true)],
      rows: indicators.map(({ goal, ind }, n) => [
        String(n + 1),
        ind.name,
        `${horizonYear(goal.horizon)}: ${goal.title}`,
        ind.unit,
        `${formatDocNumber(ind.baselineValue)} (${ind.baselineYear})`,
        ...years.map((y) => targetCell(ind, y)),
      ]),
    });
  });

  tableNumber = initiativesSection(blocks, input, tableNumber);
  executionAppendix(blocks, input, tableNumber);
  return { title, lang: 'ru', blocks };
}

function goalLine(g: SnapshotGoal): string {
  return `${HORIZON_WORDS[g.horizon]}: ${g.title}${g.description ? `. ${g.description}` : ''}`;
}

function targetCell(ind: SnapshotIndicator, year: number): string {
  const t = ind.targets.find((v) => v.year === year);
  return t ? formatDocNumber(t.value) : '—';
}

function initiativesSection(blocks: DocBlock[], input: StrategyDocumentInput, tableNumber: number): number {
  const { snapshot } = input;
  blocks.push({ kind: 'heading', level: 1, number: '4', text: 'Проекты и инициативы' });
  if (!snapshot.initiatives.length) {
    blocks.push({ kind: 'paragraph', text: 'Проекты не указаны.' });
    return tableNumber;
  }
  const budgets = input.budgets ?? [];
  const years = [...new Set(budgets.map((b) => b.year))].sort((a, b) => a - b);
  const goalTitle = new Map(snapshot.goals.map((g) => [g.id, g.title]));
  const rows: string[][] = [];
  snapshot.initiatives.forEach((n, i) => {
    const own = budgets.filter((b) => b.initiativeId === n.id);
    const sources = [...new Set(own.map((b) => b.source))];
    const lines = sources.length ? sources : [null];
    for (const source of lines) {
      const amount = (y: number) =>
        own.filter((b) => b.source === source && b.year === y).reduce((s, b) => s + b.amount, 0);
      rows.push([
        String(i + 1),
        n.title,
        (n.goalId && goalTitle.get(n.goalId)) || '—',
        source ? SOURCE_WORDS[source] : '—',
        ...years.map((y) =>
          source && own.some((b) => b.source === source && b.year === y) ? formatDocNumber(amount(y)) : '—',
        ),
      ]);
    }
  });
  blocks.push({
    kind: 'table',
    number: tableNumber + 1,
    caption: 'Проекты и их финансирование, млн руб.',
    header: ['№', 'Проект', 'Цель', 'Источник финансирования', ...years.map(String)],
    numeric: [false, false, false, false, ...years.map(() => true)],
    rows,
  });
  return tableNumber + 1;
}

function executionAppendix(blocks: DocBlock[], input: StrategyDocumentInput, tableNumber: number): void {
  const actuals = input.actuals ?? [];
  if (!actuals.length) return;
  const indicators = input.snapshot.goals.flatMap((g) => g.indicators);
  const rows: string[][] = [];
  for (const ind of indicators) {
    for (const a of actuals.filter((x) => x.indicatorId === ind.id).sort((x, y) => x.year - y.year)) {
      const plan = ind.targets.find((t) => t.year === a.year);
      rows.push([
        ind.name,
        String(a.year),
        plan ? formatDocNumber(plan.value) : '—',
        formatDocNumber(a.value),
        a.status ?? '—',
      ]);
    }
  }
  blocks.push({ kind: 'heading', level: 1, number: 'Приложение', text: 'Исполнение: план и факт по годам' });
  blocks.push({
    kind: 'table',
    number: tableNumber + 1,
    caption: 'Фактические значения показателей',
    header: ['Показатель', 'Год', 'План', 'Факт', 'Статус'],
    numeric: [false, false, true, true, false],
    rows,
  });
}
