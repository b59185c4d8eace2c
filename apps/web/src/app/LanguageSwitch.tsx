import { useTranslation } from '../shared/i18n/react';
import { LANGUAGES, currentLanguage } from './i18n';

/** RU/EN toggle; the choice is persisted by the i18n instance (localStorage). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage(i18n);
  return (
    <div role="group" aria-label={t('app.language.label')} className="lang-switch">
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="lang-switch__button"
          aria-pressed={active === lang}
          title={t(`app.language.${lang}`)}
          onClick={() => void i18n.changeLanguage(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
