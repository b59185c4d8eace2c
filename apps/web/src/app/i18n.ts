import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../i18n/en.json';
import ru from '../i18n/ru.json';

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** localStorage key of the chosen interface language. */
export const LANGUAGE_STORAGE_KEY = 'tsifra.lang';

export const resources = {
  ru: { translation: ru },
  en: { translation: en },
} as const;

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

export function currentLanguage(instance: i18n): Language {
  return isLanguage(instance.resolvedLanguage) ? instance.resolvedLanguage : 'ru';
}

/**
 * Creates an initialised i18next instance. Resources are bundled (no backend
 * fetch): the app runs on a closed network.
 */
export function createI18n(lng: Language = readStoredLanguage()): i18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  void instance.init({
    resources,
    lng,
    fallbackLng: 'ru',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });
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
