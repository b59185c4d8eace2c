import { useTranslation } from '../../../shared/i18n/react';

/** The rules behind every figure, in words, with the thresholds and rules version in force. */
export function RulesHelp({
  thresholds,
  rulesVersion,
  due,
}: {
  thresholds: { version: string; achieved: number; onTrack: number; atRisk: number };
  rulesVersion: string;
  due?: { months: number; day: number };
}) {
  const { t } = useTranslation();
  return (
    <details className="progress-help">
      <summary>{t('progress.help.title')}</summary>
      <p>{t('progress.help.achievement')}</p>
      <p>
        {t('progress.help.thresholds', {
          achieved: thresholds.achieved,
          onTrack: thresholds.onTrack,
          atRisk: thresholds.atRisk,
        })}
      </p>
      <p>{t('progress.help.rollup')}</p>
      {due && <p>{t('progress.help.due', { months: due.months, day: due.day })}</p>}
      <p className="muted">{t('progress.help.version', { rules: rulesVersion, thresholds: thresholds.version })}</p>
    </details>
  );
}
