import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../shared/BusyButton';

/** A form's submit (with progress) and cancel buttons. */
export function FormActions({ saving, submitLabel, onCancel }: { saving: boolean; submitLabel: string; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <BusyButton type="submit" busy={saving} busyLabel={t('editor.saving')}>
        {submitLabel}
      </BusyButton>
      <button type="button" className="button button--secondary" onClick={onCancel} disabled={saving}>
        {t('editor.cancel')}
      </button>
    </div>
  );
}
