import { useId } from 'react';

interface CommentFieldProps {
  label: string;
  value: string;
  /** True after a confirm with an empty comment: the field is marked invalid and `requiredText` describes it. */
  missing: boolean;
  requiredText: string;
  onChange(value: string): void;
}

/** The required comment of a "return for revision" dialog. */
export function CommentField({ label, value, missing, requiredText, onChange }: CommentFieldProps) {
  const id = useId();
  const errorId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={4}
        value={value}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? errorId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {missing && (
        <p id={errorId} className="field-error">
          {requiredText}
        </p>
      )}
    </div>
  );
}
