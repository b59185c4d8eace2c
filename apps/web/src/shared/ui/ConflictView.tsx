import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '../i18n/react';
import { BusyButton } from './BusyButton';

export interface ConflictRow {
  label: string;
  theirs: string;
  yours: string;
  /** True when someone else changed this value since the user started editing. */
  changedOnServer: boolean;
}

interface ConflictViewProps {
  /** The server's CONFLICT message (which versions collided). */
  message: string;
  rows: readonly ConflictRow[];
  /** The item was deleted on the server meanwhile: only the user's copy is left. */
  deleted?: boolean;
  busy: boolean;
  onReapply(): void;
  onDiscard(): void;
}

/**
 * Shown when a save hit a newer version: what the server has now next to the user's unsaved
 * input, which stays in the form. One action re-applies the input on the new version.
 */
export function ConflictView({ message, rows, deleted = false, busy, onReapply, onDiscard }: ConflictViewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const differing = rows.filter((r) => r.theirs !== r.yours);
  return (
    <section className="conflict" role="region" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="conflict__title">
        {t('editor.conflict.title')}
      </h3>
      <p role="alert">
        {deleted
          ? t('editor.conflict.deleted')
          : rows.some((r) => r.changedOnServer)
            ? t('editor.conflict.intro')
            : t('editor.conflict.itemUnchanged')}
      </p>
      <p className="muted">{message}</p>
      {differing.length === 0 && !deleted ? (
        <p>{t('editor.conflict.noDifference')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table table--compact conflict__table">
            <caption className="visually-hidden">{t('editor.conflict.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('editor.conflict.field')}</th>
                <th scope="col">{t('editor.conflict.theirs')}</th>
                <th scope="col">{t('editor.conflict.yours')}</th>
              </tr>
            </thead>
            <tbody>
              {differing.map((row) => (
                <tr key={row.label} className={row.changedOnServer ? 'conflict__row--changed' : undefined}>
                  <th scope="row">
                    {row.label}
                    {row.changedOnServer && (
                      <span className="tag conflict__tag">{t('editor.conflict.changedOnServer')}</span>
                    )}
                  </th>
                  <td className="conflict__value">
                    {deleted ? t('editor.conflict.gone') : row.theirs || t('common.notSet')}
                  </td>
                  <td className="conflict__value">{row.yours || t('common.notSet')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions">
        <BusyButton type="button" busy={busy} busyLabel={t('editor.saving')} onClick={onReapply}>
          {deleted ? t('editor.conflict.reapplyAsNew') : t('editor.conflict.reapply')}
        </BusyButton>
        <button type="button" className="button button--secondary" onClick={onDiscard} disabled={busy}>
          {deleted ? t('editor.conflict.close') : t('editor.conflict.discard')}
        </button>
      </div>
    </section>
  );
}
