import ru from '../i18n/ru.json?texts=first';
import { setDefaultTranslator } from '../shared/i18n/react';
import { Translator, type Translation } from '../shared/i18n/translator';

export type { Translation };
/** An interface-language instance (the app's own translator, src/shared/i18n). */
export type I18n = Translator;

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** localStorage key of the chosen interface language. */
export const LANGUAGE_STORAGE_KEY = 'tsifra.lang';

/**
 * The texts in memory. Russian (the default) ships with the first page, but only what that page shows
 * (src/i18n/firstPage.ts); the rest of Russian is a chunk that every other page loads with its code (`withTexts`).
 * English is its own chunk, fetched from this server when first needed (before the first render for a visitor who
 * chose it, or on the switch), so the first page does not carry a language most visitors never see (issue 16).
 */
const loaded: Partial<Record<Language, Translation>> = { ru };

/** Every instance made here, to receive the rest of Russian when it arrives. */
const instances = new Set<I18n>();
let allTexts: Promise<void> | undefined;

/** Fetches the Russian texts the first page left out (once) and adds them to every instance. */
export function loadAllTexts(): Promise<void> {
  allTexts ??= import('../i18n/ru.json?texts=rest').then(
    ({ default: rest }: { default: Translation }) => {
      loaded.ru = { ...loaded.ru, ...rest };
      for (const instance of instances) instance.addResourceBundle('ru', rest);
    },
    (error: unknown) => {
      allTexts = undefined; // a failed chunk: try again with the next page
      throw error;
    },
  );
  return allTexts;
}

/** A page's code together with the texts it needs: for `lazy()` routes and components off the first page. */
export function withTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadAllTexts()]).then(([module]) => module);
}

/** Puts a language's texts in memory without fetching them (component tests provide both languages up front). */
export function provideLanguage(lng: Language, translation: Translation): void {
  loaded[lng] = translation;
}

/** A language's texts, fetched once from its chunk. */
export async function loadLanguage(lng: Language): Promise<Translation> {
  const have = loaded[lng];
  if (have) return have;
  const translation: Translation = (await import('../i18n/en.json')).default;
  loaded[lng] = translation;
  return translation;
}

/** The texts in memory now, per language. */
export function loadedResources(): Partial<Record<Language, { translation: Translation }>> {
  return Object.fromEntries(Object.entries(loaded).map(([lng, translation]) => [lng, { translation }]));
}

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The stored language, or Russian (the product's default audience). */
export function readStoredLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : 'ru';
  } catch {
    // Storage may be blocked (privacy settings); fall back to Russian.
    return 'ru';
  }
}

export function currentLanguage(instance: I18n): Language {
  return isLanguage(instance.resolvedLanguage) ? instance.resolvedLanguage : 'ru';
}

/**
 * Creates an instance with the languages in memory (main.tsx loads the chosen one first); another language is
 * fetched when the visitor switches to it. Everything is served by this server: the app runs on a closed network.
 */
export function createI18n(lng: Language = readStoredLanguage()): I18n {
  const instance = new Translator({
    lng,
    fallbackLng: 'ru',
    resources: { ...loaded },
    load: (next) => (isLanguage(next) ? loadLanguage(next) : Promise.resolve({})),
  });
  instances.add(instance);
  setDefaultTranslator(instance);
  instance.on('languageChanged', (next) => {
    if (typeof document !== 'undefined') {
      document.documentElement.lang = next;
      // The tab title follows the interface language too (index.html carries the Russian one).
      document.title = instance.t('app.name');
    }
    try {
      globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Not persisting is acceptable; the switch still works for this session.
    }
  });
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lng;
    document.title = instance.t('app.name');
  }
  return instance;
}
