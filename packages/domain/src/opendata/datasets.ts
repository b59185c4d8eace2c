/**
 * Tsifra's open datasets as Frictionless Data descriptors (Table Schema field types), and the few pure rules
 * the files follow: CSV quoting, a value's check against its field type, and the Atom feed.
 */
export type FieldType = 'string' | 'integer' | 'number' | 'date';

export interface OpenField {
  name: string;
  type: FieldType;
  description: string;
  /** The unit of a numeric field when it is the same for every row. */
  unit?: string;
  required?: boolean;
}

export interface OpenDataset {
  name: string;
  title: string;
  description: string;
  fields: readonly OpenField[];
}

export const OPEN_DATA_LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0',
} as const;

const f = (name: string, type: FieldType, description: string, extra: Partial<OpenField> = {}): OpenField => ({
  name,
  type,
  description,
  ...extra,
});

export const OPEN_DATASETS: readonly OpenDataset[] = [
  {
    name: 'strategies',
    title: 'Утверждённые региональные стратегии цифровой трансформации: показатели',
    description:
      'Одна строка на плановое (kind=plan) или фактическое (kind=actual) значение показателя утверждённой стратегии по году.',
    fields: [
      f('region_code', 'string', 'Код субъекта (ISO 3166-2:RU)', { required: true }),
      f('region', 'string', 'Субъект Российской Федерации', { required: true }),
      f('strategy_version', 'integer', 'Редакция стратегии (номер версии)', { required: true }),
      f('strategy_revision', 'integer', 'Номер утверждённой ревизии'),
      f('approved_on', 'date', 'Дата утверждения', { required: true }),
      f('sector', 'string', 'Отрасль', { required: true }),
      f('goal_path', 'string', 'Цели от 2030 к 2021 году, через « / »', { required: true }),
      f('indicator', 'string', 'Показатель', { required: true }),
      f('unit', 'string', 'Единица измерения показателя (для каждой строки своя)', { required: true }),
      f('year', 'integer', 'Год', { required: true }),
      f('kind', 'string', 'plan — целевое значение, actual — фактическое', { required: true }),
      f('value', 'number', 'Значение в единицах поля unit', { required: true }),
    ],
  },
  {
    name: 'gostech-plans',
    title: 'Утверждённые планы перевода информационных систем на ГосТех',
    description: 'Одна строка на информационную систему утверждённого плана региона.',
    fields: [
      f('region_code', 'string', 'Код субъекта (ISO 3166-2:RU)', { required: true }),
      f('region', 'string', 'Субъект Российской Федерации', { required: true }),
      f('plan_version', 'integer', 'Версия плана', { required: true }),
      f('system', 'string', 'Информационная система', { required: true }),
      f('owner', 'string', 'Оператор системы', { required: true }),
      f('sector', 'string', 'Отрасль'),
      f('decision', 'string', 'Решение о переводе'),
      f('annual_cost', 'number', 'Годовые затраты на эксплуатацию, как в плане региона'),
    ],
  },
  {
    name: 'mszu-statuses',
    title: 'Подключение массовых социально значимых услуг (МСЗУ) по месяцам',
    description:
      'Этап подключения каждой услуги региона на конец каждого месяца (с учётом исправлений); до первой записи строк нет.',
    fields: [
      f('month', 'string', 'Месяц (ГГГГ-ММ)', { required: true }),
      f('region_code', 'string', 'Код субъекта (ISO 3166-2:RU)', { required: true }),
      f('region', 'string', 'Субъект Российской Федерации', { required: true }),
      f('service_code', 'string', 'Код услуги', { required: true }),
      f('service', 'string', 'Услуга', { required: true }),
      f('step', 'string', 'Этап: NOT_STARTED, FORM_READY, CONNECTED, IN_OPERATION', { required: true }),
      f('step_since', 'date', 'Дата, с которой действует этап', { required: true }),
    ],
  },
  {
    name: 'ratings',
    title: 'Опубликованные рейтинги цифровой трансформации регионов',
    description: 'Одна строка на регион в каждой опубликованной версии рейтинга за месяц.',
    fields: [
      f('period', 'string', 'Месяц рейтинга (ГГГГ-ММ)', { required: true }),
      f('publication_version', 'integer', 'Версия публикации за месяц', { required: true }),
      f('published_on', 'date', 'Дата публикации', { required: true }),
      f('methodology', 'string', 'Код методики', { required: true }),
      f('region_code', 'string', 'Код субъекта (ISO 3166-2:RU)', { required: true }),
      f('region', 'string', 'Субъект Российской Федерации', { required: true }),
      f('rank', 'integer', 'Место', { required: true }),
      f('score', 'number', 'Балл', { unit: 'балл', required: true }),
    ],
  },
  {
    name: 'control-centres',
    title: 'Реестр региональных центров управления (РЦТ/ЦУР)',
    description: 'Одна строка на центр управления региона: статус, дата статуса, дата открытия, акт.',
    fields: [
      f('region_code', 'string', 'Код субъекта (ISO 3166-2:RU)', { required: true }),
      f('region', 'string', 'Субъект Российской Федерации', { required: true }),
      f('status', 'string', 'Статус центра', { required: true }),
      f('status_since', 'date', 'Дата статуса'),
      f('opened_on', 'date', 'Дата открытия'),
      f('act', 'string', 'Нормативный акт'),
    ],
  },
];

export function openDataset(name: string): OpenDataset | undefined {
  return OPEN_DATASETS.find((d) => d.name === name);
}

export type CellValue = string | number | null | undefined;

/** RFC 4180: quote a cell that holds a comma, quote, or line break; double the quotes inside. */
export function csvCell(value: CellValue): string {
  if (value == null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CellValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** Splits one CSV text into rows of cells (RFC 4180, quoted cells may hold commas and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** Whether a CSV cell is a valid value of its Table Schema field (an empty cell is valid only when not required). */
export function validCell(field: Pick<OpenField, 'type' | 'required'>, text: string): boolean {
  if (text === '') return !field.required;
  switch (field.type) {
    case 'string':
      return true;
    case 'integer':
      return /^-?\d+$/.test(text);
    case 'number':
      return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text);
    case 'date': {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
      const d = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
    }
  }
}

/** The value as the JSON file holds it: integers and numbers as numbers, dates and strings as strings. */
export function jsonValue(field: Pick<OpenField, 'type'>, value: CellValue): string | number | null {
  if (value == null || value === '') return null;
  return field.type === 'integer' || field.type === 'number' ? Number(value) : String(value);
}

export interface DataPackageInput {
  baseUrl: string;
  /** ISO date-time of the newest change the data holds. */
  updated: string;
}

/** The Frictionless Data package descriptor of all datasets; resource paths are relative to /opendata/. */
export function dataPackage({ updated }: DataPackageInput) {
  return {
    profile: 'tabular-data-package',
    name: 'tsifra-open-data',
    title: 'Цифра: открытые данные о цифровой трансформации регионов',
    licenses: [OPEN_DATA_LICENSE],
    created: updated,
    resources: OPEN_DATASETS.map((d) => ({
      profile: 'tabular-data-resource',
      name: d.name,
      title: d.title,
      description: d.description,
      path: `${d.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      licenses: [OPEN_DATA_LICENSE],
      schema: {
        fields: d.fields.map((x) => ({
          name: x.name,
          type: x.type,
          description: x.description,
          ...(x.unit ? { unit: x.unit } : {}),
          ...(x.required ? { constraints: { required: true } } : {}),
        })),
      },
    })),
  };
}

export interface FeedEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An Atom 1.0 feed of publications, newest first. */
export function atomFeed(baseUrl: string, entries: readonly FeedEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
  const updated = sorted[0]?.updated ?? '1970-01-01T00:00:00.000Z';
  const body = sorted
    .map(
      (e) =>
        `  <entry>\n    <id>${xml(e.id)}</id>\n    <title>${xml(e.title)}</title>\n    <updated>${e.updated}</updated>\n    <link href="${xml(baseUrl + e.link)}"/>\n    <summary>${xml(e.summary)}</summary>\n  </entry>\n`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n  <id>${xml(baseUrl)}/opendata/feed.atom</id>\n  <title>Цифра: новые публикации</title>\n  <updated>${updated}</updated>\n  <author><name>Цифра</name></author>\n  <link rel="self" href="${xml(baseUrl)}/opendata/feed.atom"/>\n${body}</feed>\n`;
}
