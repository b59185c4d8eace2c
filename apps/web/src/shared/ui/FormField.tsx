import type { FieldError } from '@tsifra/domain/errors';
import type { ReactNode } from 'react';
import { FieldErrors } from './FieldErrors';

interface FormFieldProps {
  /** The control's id (from `controlProps`); its errors list gets `${id}-errors`. */
  id: string;
  label: ReactNode;
  errors?: readonly FieldError[];
  /** A hint under the label, e.g. the unit or the accepted format. */
  hint?: ReactNode;
  /** Spans the whole row of a `.form-grid`. */
  wide?: boolean;
  className?: string;
  /** The control itself, spread with `controlProps(...)` so it is described by its errors. */
  children: ReactNode;
}

/** One labelled control with its errors under it. */
export function FormField({ id, label, errors, hint, wide = false, className, children }: FormFieldProps) {
  return (
    <div className={['field', wide ? 'field--wide' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint && <span className="field__hint">{hint}</span>}
      {children}
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}
