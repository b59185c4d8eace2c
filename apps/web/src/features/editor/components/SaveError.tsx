import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../shared/ErrorMessage';

/** A failed save: the server's message and code, never swallowed. */
export function SaveError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return <ErrorMessage error={error} title={t('editor.saveFailed')} />;
}
