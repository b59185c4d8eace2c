import type { FieldError } from '@tsifra/domain/errors';

/**
 * The id and ARIA wiring of a form control: `${formId}-${key}`, marked invalid and described by
 * its error list (`…-errors`, rendered by FieldErrors) while it has errors.
 */
export function controlProps(
  formId: string,
  key: string,
  errors: readonly FieldError[] | undefined,
  onTouch?: (key: string) => void,
) {
  const id = `${formId}-${key}`;
  const invalid = errors !== undefined && errors.length > 0;
  return {
    id,
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': invalid ? `${id}-errors` : undefined,
    ...(onTouch ? { onBlur: () => onTouch(key) } : {}),
  };
}
