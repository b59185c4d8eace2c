import type { FieldError } from '@tsifra/domain/errors';
import { useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/react';
import { controlProps } from './controlProps';
import type { WriteResult } from './writeResult';

interface VersionedFormOptions<S, I> {
  formId: string;
  mode: 'add' | 'edit';
  initial: S;
  /** The item as loaded now (edit mode): differs from what the form started from once someone else changed it; null when deleted. */
  latest?: S | null;
  toInput(state: S): I;
  /** The domain's checks of the input, with `field` as the form's control key. */
  validate(input: I): FieldError[];
  /** The control key of a server field error (`input.stages[1].plannedEnd` → …), given the input that was sent. */
  serverField(field: string, sent: I): string;
  fingerprint(state: S): string;
  onSave(input: I, asNew: boolean): Promise<WriteResult<unknown>>;
  onCancel(): void;
  /** After the server refuses the input, move focus to the first control it names. */
  focusServerError?: boolean;
}

/**
 * The state of a form that edits one item of a versioned document (an initiative, an information
 * system): the draft and what it started from, errors shown once a control is touched or the form
 * submitted, the server's field errors on the same controls, and the conflict flow — a stale
 * version (or an item changed meanwhile) keeps the user's input and offers to re-apply it or discard it.
 */
export function useVersionedForm<S, I>(options: VersionedFormOptions<S, I>) {
  const {
    formId,
    mode,
    initial,
    latest,
    toInput,
    validate,
    serverField,
    fingerprint,
    onSave,
    onCancel,
    focusServerError = false,
  } = options;
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [base, setBase] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const input = useMemo(() => toInput(draft), [draft, toInput]);
  const clientErrors = useMemo(() => validate(input), [input, validate]);
  const errorsOf = (field: string) =>
    [...clientErrors.filter((e) => submitted || touched.has(e.field)), ...serverErrors].filter(
      (e) => e.field === field,
    );
  const dirty = fingerprint(draft) !== fingerprint(base);
  const stale =
    mode === 'edit' && latest !== undefined && (latest === null || fingerprint(latest) !== fingerprint(base));

  const update = (field: string, patch: Partial<S>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setTouched((prev) => new Set(prev).add(field));
    setServerErrors((prev) => prev.filter((e) => e.field !== field));
  };

  async function save(asNew = false) {
    setSubmitted(true);
    setFailure(null);
    if (clientErrors.length > 0) {
      document.getElementById(`${formId}-${clientErrors[0]!.field}`)?.focus();
      return;
    }
    if (stale && !conflict && !asNew) {
      setConflict(t('editor.conflict.changedMeanwhile'));
      return;
    }
    setSaving(true);
    const sent = input;
    const result = await onSave(sent, asNew);
    setSaving(false);
    if (result.kind === 'ok') setConflict(null);
    else if (result.kind === 'conflict') setConflict(result.message);
    else if (result.kind === 'invalid') {
      const errors = result.errors.map((e) => ({ ...e, field: serverField(e.field, sent) }));
      setServerErrors(errors);
      if (focusServerError && errors[0])
        requestAnimationFrame(() => document.getElementById(`${formId}-${errors[0]!.field}`)?.focus());
    } else setFailure(result.error);
  }

  return {
    draft,
    base,
    input,
    saving,
    failure,
    conflict,
    dirty,
    /** Errors to count in the "fix N errors" notice (after a submit attempt). */
    errorCount: submitted ? clientErrors.length + serverErrors.length : 0,
    errorsOf,
    update,
    save,
    control: (field: string) => controlProps(formId, field, errorsOf(field)),
    /** The `<form>`'s props: no browser validation, submit saves, Escape cancels (unless saving). */
    formProps: {
      noValidate: true,
      onSubmit(e: FormEvent) {
        e.preventDefault();
        void save();
      },
      onKeyDown(e: KeyboardEvent) {
        if (e.key === 'Escape' && !saving) {
          e.stopPropagation();
          onCancel();
        }
      },
    },
    /** ConflictView's props besides `rows`: re-apply on the new version (as new when deleted), or take theirs. */
    conflictProps: {
      message: conflict ?? '',
      deleted: latest === null,
      busy: saving,
      onReapply() {
        if (latest) setBase(latest);
        setConflict(null);
        void save(latest === null);
      },
      onDiscard() {
        if (!latest) return onCancel();
        setDraft(latest);
        setBase(latest);
        setConflict(null);
      },
    },
  };
}
