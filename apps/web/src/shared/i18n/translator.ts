/**
 * The interface texts' translator: nested keys (`a.b.c`), `{{name}}` interpolation, plural forms by `count`
 * (`_zero` for 0, then Intl.PluralRules' `_one`/`_few`/`_many`/`_other`, then the bare key), `defaultValue`, and a
 * fallback language. The subset of i18next this app uses, with the same file format and lookup order, in ~1 KB
 * instead of i18next and react-i18next's ~18 KB gzip on the first page (issue 16).
 */

/** A language file: nested keys to texts. */
export interface Translation {
  [key: string]: string | Translation;
}

/** Interpolation values, plus `count` (plural form), `defaultValue` and `lng` (another language than the current). */
export interface TOptions {
  count?: number;
  defaultValue?: string;
  lng?: string;
  [name: string]: unknown;
}

export type TFunction = (key: string, options?: TOptions) => string;

type Listener = (language: string) => void;

export interface TranslatorOptions {
  lng: string;
  fallbackLng: string;
  resources: Partial<Record<string, Translation>>;
  /** Fetches a language that is not in memory yet (`changeLanguage` waits for it). */
  load?: (lng: string) => Promise<Translation>;
}

const PLACEHOLDER = /\{\{([^{}]+)\}\}/g;

function lookup(texts: Translation | undefined, key: string): string | Translation | undefined {
  let node: string | Translation | undefined = texts;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return node;
}

function merge(into: Translation, from: Translation): Translation {
  const out: Translation = { ...into };
  for (const [key, value] of Object.entries(from)) {
    const have = out[key];
    out[key] = typeof have === 'object' && typeof value === 'object' ? merge(have, value) : value;
  }
  return out;
}

export class Translator {
  language: string;
  private readonly fallbackLng: string;
  private readonly resources: Partial<Record<string, Translation>>;
  private readonly load: TranslatorOptions['load'];
  private readonly listeners = new Set<Listener>();
  private readonly plurals = new Map<string, Intl.PluralRules>();

  constructor({ lng, fallbackLng, resources, load }: TranslatorOptions) {
    this.language = lng;
    this.fallbackLng = fallbackLng;
    this.resources = { ...resources };
    this.load = load;
  }

  /** The language texts are shown in (this app only switches to languages it has). */
  get resolvedLanguage(): string {
    return this.language;
  }

  readonly t: TFunction = (key, options) => this.translate(options?.lng ?? this.language, key, options);

  /** A `t` bound to one language. */
  getFixedT(lng: string): TFunction {
    return (key, options) => this.translate(options?.lng ?? lng, key, options);
  }

  /** Whether `key` has a text (or a group of texts) in the language or its fallback. */
  exists(key: string, options?: { lng?: string }): boolean {
    return this.find(options?.lng ?? this.language, key) !== undefined;
  }

  async changeLanguage(lng: string): Promise<TFunction> {
    if (!this.resources[lng] && this.load) this.resources[lng] = await this.load(lng);
    this.language = lng;
    for (const listener of [...this.listeners]) listener(lng);
    return this.t;
  }

  on(event: 'languageChanged', listener: Listener): void {
    if (event === 'languageChanged') this.listeners.add(listener);
  }

  off(event: 'languageChanged', listener: Listener): void {
    if (event === 'languageChanged') this.listeners.delete(listener);
  }

  hasResourceBundle(lng: string): boolean {
    return this.resources[lng] !== undefined;
  }

  /** Adds texts to a language (deep merge; the new texts win). */
  addResourceBundle(lng: string, texts: Translation): void {
    this.resources[lng] = merge(this.resources[lng] ?? {}, texts);
  }

  private pluralSuffix(lng: string, count: number): string {
    let rules = this.plurals.get(lng);
    if (!rules) this.plurals.set(lng, (rules = new Intl.PluralRules(lng)));
    return `_${rules.select(count)}`;
  }

  private codes(lng: string): string[] {
    return lng === this.fallbackLng ? [lng] : [lng, this.fallbackLng];
  }

  private find(lng: string, key: string): string | Translation | undefined {
    for (const code of this.codes(lng)) {
      const found = lookup(this.resources[code], key);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private translate(lng: string, key: string, options: TOptions = {}): string {
    const { count } = options;
    let found: string | Translation | undefined;
    // Per language, like i18next: with a count, the zero form (for 0), the plural form, then the bare key.
    for (const code of this.codes(lng)) {
      const keys = typeof count === 'number' ? [`${key}${this.pluralSuffix(code, count)}`, key] : [key];
      if (count === 0) keys.unshift(`${key}_zero`);
      for (const candidate of keys) {
        found = lookup(this.resources[code], candidate);
        if (found !== undefined) break;
      }
      if (found !== undefined) break;
    }
    const text = typeof found === 'string' ? found : (options.defaultValue ?? key);
    return text.replace(PLACEHOLDER, (placeholder, name: string) => {
      const variable = name.trim();
      if (!Object.prototype.hasOwnProperty.call(options, variable)) return placeholder;
      const value = options[variable];
      return value === null || value === undefined ? '' : String(value);
    });
  }
}
