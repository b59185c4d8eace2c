import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { TFunction, Translator } from './translator';

const I18nContext = createContext<Translator | null>(null);

/** The instance `useTranslation` uses when no provider is above (the last one made, as react-i18next does). */
let defaultInstance: Translator | null = null;

export function setDefaultTranslator(instance: Translator): void {
  defaultInstance = instance;
}

export function I18nProvider({ i18n, children }: { i18n: Translator; children: ReactNode }) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

/** `t` and the instance; the component renders again when the language changes (and `t` changes with it). */
export function useTranslation(): { t: TFunction; i18n: Translator } {
  const i18n = useContext(I18nContext) ?? defaultInstance;
  if (!i18n) throw new Error('useTranslation needs an I18nProvider (or createI18n before the first render)');
  const language = useSyncExternalStore(
    (onChange) => {
      i18n.on('languageChanged', onChange);
      return () => i18n.off('languageChanged', onChange);
    },
    () => i18n.language,
  );
  // A new `t` per language, so effects and memos that depend on it run again.
  const t = useMemo<TFunction>(() => i18n.getFixedT(language), [i18n, language]);
  return { t, i18n };
}
