/**
 * The official title of a regional strategy: «Стратегия в области цифровой трансформации отраслей экономики,
 * социальной сферы и государственного управления <субъекта>» — the region's name in the genitive, as the
 * adopting acts print it («… Белгородской области», «… Республики Карелия», «… города Москвы»).
 */

export const STRATEGY_TITLE_PREFIX =
  'Стратегия в области цифровой трансформации отраслей экономики, социальной сферы и государственного управления';

/** Federal cities are named with «город» in official titles. */
const CITIES: Readonly<Record<string, string>> = {
  Москва: 'города Москвы',
  'Санкт-Петербург': 'города Санкт-Петербурга',
  Севастополь: 'города Севастополя',
};

/** Nouns after a dash in a subject's name («— Югра», «— Кузбасс», «— Алания»). */
const APPENDIX: Readonly<Record<string, string>> = { Югра: 'Югры', Кузбасс: 'Кузбасса', Чувашия: 'Чувашии' };

const WORDS: Readonly<Record<string, string>> = {
  область: 'области',
  край: 'края',
  округ: 'округа',
  Республика: 'Республики',
};

/** The genitive of one word of a subject's type phrase: nouns from the table, adjectives by their ending. */
function genitiveWord(word: string): string {
  if (WORDS[word]) return WORDS[word];
  if (word.endsWith('ая')) return `${word.slice(0, -2)}ой`;
  if (word.endsWith('ий') || word.endsWith('ый')) return `${word.slice(0, -2)}ого`;
  return word;
}

/**
 * A subject's name in the genitive: «Белгородская область» → «Белгородской области», «Республика Коми» →
 * «Республики Коми», «Ханты-Мансийский автономный округ — Югра» → «Ханты-Мансийского автономного округа — Югры».
 * A republic's own name after «Республика» stays as it is (it is a name, not an adjective).
 */
export function regionGenitive(name: string): string {
  if (CITIES[name]) return CITIES[name];
  if (name.startsWith('Республика ')) return `Республики ${name.slice('Республика '.length)}`;
  const [head = name, tail] = name.split(' — ');
  const genitiveHead = head.split(' ').map(genitiveWord).join(' ');
  return tail === undefined ? genitiveHead : `${genitiveHead} — ${APPENDIX[tail] ?? tail}`;
}

/** The strategy's official title for a region's Russian name. */
export function officialStrategyTitle(regionName: string): string {
  return `${STRATEGY_TITLE_PREFIX} ${regionGenitive(regionName)}`;
}

export const LEGAL_ACT_KINDS = ['POSTANOVLENIE', 'RASPORYAZHENIE'] as const;
export type LegalActKind = (typeof LEGAL_ACT_KINDS)[number];

/** The act that adopted an edition: «распоряжение Правительства … от 02.07.2021 № 359-рп». */
export interface LegalAct {
  kind: LegalActKind;
  number: string;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  /** The issuing body in the genitive, as printed after the kind: «Правительства Ханты-Мансийского автономного округа — Югры». */
  issuer: string;
}

const ACT_KIND_WORD: Readonly<Record<LegalActKind, string>> = {
  POSTANOVLENIE: 'постановлением',
  RASPORYAZHENIE: 'распоряжением',
};

/** «утверждена распоряжением Правительства … от 02.07.2021 № 359-рп». */
export function adoptedBy(act: LegalAct): string {
  const [y, m, d] = act.date.split('-');
  return `утверждена ${ACT_KIND_WORD[act.kind]} ${act.issuer} от ${d}.${m}.${y} № ${act.number}`;
}
