import { useTranslation } from '../shared/i18n/react';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('app.notFound.title')}</h1>
      <p>
        <Link to="/">{t('app.notFound.back')}</Link>
      </p>
    </section>
  );
}
