import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import type { FieldError } from '@tsifra/domain/errors';
import { graphql } from '../../../gql';
import { graphQLErrors } from '../../../shared/errors';
import { controlProps } from '../../../shared/forms/controlProps';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { FormField } from '../../../shared/ui/FormField';

export const SetLegalActMutation = graphql(`
  mutation SetLegalActMutation($strategyId: ID!, $input: LegalActInput!) {
    setLegalAct(strategyId: $strategyId, input: $input) {
      id
      legalAct {
        kind
        number
        date
        issuer
        text
      }
    }
  }
`);

type Kind = 'POSTANOVLENIE' | 'RASPORYAZHENIE';
interface Act {
  kind: Kind;
  number: string;
  date: string;
  issuer: string;
}

/** The adopting act of an approved edition: kind, number, date, issuing body; field errors under each control. */
export function LegalActForm({
  strategyId,
  current,
  onSaved,
  onCancel,
}: {
  strategyId: string;
  current: Act | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const formId = useId().replace(/:/g, '');
  const [act, setAct] = useState<Act>(current ?? { kind: 'RASPORYAZHENIE', number: '', date: '', issuer: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [save, { loading }] = useMutation(SetLegalActMutation);
  const errorsOf = (key: keyof Act) => errors.filter((e) => e.field === `input.${key}` || e.field === key);
  const set = (key: keyof Act) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setAct({ ...act, [key]: e.target.value });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setErrors([]);
    setFailure(null);
    try {
      await save({ variables: { strategyId, input: act } });
      onSaved();
    } catch (error) {
      const first = graphQLErrors(error)[0];
      const details = (first?.extensions?.['details'] as FieldError[] | undefined) ?? [];
      if (first?.extensions?.['code'] === 'BAD_USER_INPUT' && details.length) setErrors(details);
      else setFailure(error);
    }
  }

  return (
    <form className="legal-act-form form-grid" onSubmit={(e) => void submit(e)} aria-label={t('editions.actTitle')}>
      <FormField id={`${formId}-kind`} label={t('editions.actKind')} errors={errorsOf('kind')}>
        <select {...controlProps(formId, 'kind', errorsOf('kind'))} value={act.kind} onChange={set('kind')}>
          <option value="RASPORYAZHENIE">{t('editions.kind.RASPORYAZHENIE')}</option>
          <option value="POSTANOVLENIE">{t('editions.kind.POSTANOVLENIE')}</option>
        </select>
      </FormField>
      <FormField
        id={`${formId}-number`}
        label={t('editions.actNumber')}
        hint={t('editions.actNumberHint')}
        errors={errorsOf('number')}
      >
        <input {...controlProps(formId, 'number', errorsOf('number'))} value={act.number} onChange={set('number')} />
      </FormField>
      <FormField id={`${formId}-date`} label={t('editions.actDate')} errors={errorsOf('date')}>
        <input
          type="date"
          {...controlProps(formId, 'date', errorsOf('date'))}
          value={act.date}
          onChange={set('date')}
        />
      </FormField>
      <FormField
        id={`${formId}-issuer`}
        label={t('editions.actIssuer')}
        hint={t('editions.actIssuerHint')}
        errors={errorsOf('issuer')}
        wide
      >
        <input {...controlProps(formId, 'issuer', errorsOf('issuer'))} value={act.issuer} onChange={set('issuer')} />
      </FormField>
      {failure !== null && <ErrorNotice error={failure} kind="save" title={t('editions.actFailed')} />}
      <p className="field--wide">
        <BusyButton type="submit" busy={loading} busyLabel={t('editions.actSaving')}>
          {t('editions.actSave')}
        </BusyButton>{' '}
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('editions.cancel')}
        </button>
      </p>
    </form>
  );
}
