import type { FieldError } from '@tsifra/domain/errors';
import { useTranslation } from '../i18n/react';
import { fieldErrorText } from '../forms/fieldErrorText';

/** The errors of one control, under it; `id` is what the control's aria-describedby points at. */
export function FieldErrors({ id, errors }: { id: string; errors: readonly FieldError[] | undefined }) {
  const { t, i18n } = useTranslation();
  if (!errors || errors.length === 0) return null;
  return (
    <ul id={id} className="field-errors">
      {errors.map((e, index) => (
        <li key={`${e.rule}-${index}`} className="field-error">
          {fieldErrorText(t, (k) => i18n.exists(k), e)}
        </li>
      ))}
    </ul>
  );
}
