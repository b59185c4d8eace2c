import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import type { RemarkSeverity } from '../../../gql/graphql';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { FormField } from '../../../shared/ui/FormField';
import { AddGostechPlanRemarkMutation } from './planRemarkDocuments';
import { usePlanRemarkAction } from './usePlanRemarkAction';

const SEVERITIES: readonly RemarkSeverity[] = ['BLOCKER', 'MAJOR', 'MINOR'];

interface PlanRemarkFormProps {
  planId: string;
  after(): Promise<unknown> | void;
  onClose(): void;
}

/** A reviewer's new remark on the plan (its latest revision): the text and how serious it is. */
export function PlanRemarkForm({ planId, after, onClose }: PlanRemarkFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [body, setBody] = useState('');
  const [severity, setSeverity] = useState<RemarkSeverity>('MAJOR');
  const [missing, setMissing] = useState(false);
  const [add] = useMutation(AddGostechPlanRemarkMutation);
  const action = usePlanRemarkAction(after);

  async function submit() {
    if (!body.trim()) {
      setMissing(true);
      return;
    }
    const ok = await action.run(
      () => add({ variables: { planId, input: { body: body.trim(), severity } } }),
      t('gostechRemarks.added'),
    );
    if (ok) onClose();
  }

  return (
    <form
      className="gostech-remark-form"
      aria-label={t('gostechRemarks.addTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <FormField
        id={`${id}-body`}
        label={t('gostechRemarks.body')}
        errors={missing ? [{ field: 'body', rule: 'required', message: t('gostechRemarks.bodyRequired') }] : undefined}
      >
        <textarea
          id={`${id}-body`}
          rows={3}
          value={body}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-body-errors` : undefined}
          onChange={(e) => {
            setBody(e.target.value);
            if (e.target.value.trim()) setMissing(false);
          }}
        />
      </FormField>
      <FormField id={`${id}-severity`} label={t('gostechRemarks.severity')}>
        <select id={`${id}-severity`} value={severity} onChange={(e) => setSeverity(e.target.value as RemarkSeverity)}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`review.severity.${s}`)}
            </option>
          ))}
        </select>
      </FormField>
      {action.error !== null && <ErrorNotice kind="save" error={action.error} />}
      <div className="actions">
        <BusyButton type="submit" busy={action.busy} busyLabel={t('gostechRemarks.adding')}>
          {t('gostechRemarks.add')}
        </BusyButton>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
