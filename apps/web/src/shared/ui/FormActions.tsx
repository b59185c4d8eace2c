import { useTranslation } from '../i18n/react';
import { BusyButton } from './BusyButton';
import { ErrorNotice } from './ErrorNotice';

/** A form's submit (with progress) and cancel buttons. */
export function FormActions({
  saving,
  submitLabel,
  onCancel,
}: {
  saving: boolean;
  submitLabel: string;
  onCancel(): void;
}) {
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

/** The end of a versioned form: the "fix N errors" notice, a failed save, and the actions. */
export function FormFooter({
  form,
  submitLabel,
  onCancel,
}: {
  form: { errorCount: number; failure: unknown; saving: boolean };
  submitLabel: string;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div role="alert">
        {form.errorCount > 0 && (
          <p className="notice notice--error">{t('editor.form.fixErrors', { count: form.errorCount })}</p>
        )}
      </div>
      {form.failure !== null && <ErrorNotice kind="save" error={form.failure} />}
      <FormActions saving={form.saving} submitLabel={submitLabel} onCancel={onCancel} />
    </>
  );
}
