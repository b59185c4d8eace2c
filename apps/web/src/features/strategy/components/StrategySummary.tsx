import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { formatDate } from '../../../shared/format';
import { StatusBadge } from '../../../shared/ui/StatusBadge';

export const StrategySummary_strategy = graphql(`
  fragment StrategySummary_strategy on Strategy {
    id
    status
    revision
    deadline
    updatedAt
  }
`);

/** The public facts of a strategy: status, revision, deadline. */
export function StrategySummary(props: { strategy: FragmentType<typeof StrategySummary_strategy> }) {
  const strategy = useFragment(StrategySummary_strategy, props.strategy);
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <dl className="facts" aria-label={t('strategy.summary.label')}>
      <div>
        <dt>{t('strategy.summary.status')}</dt>
        <dd>
          <StatusBadge status={strategy.status} />
        </dd>
      </div>
      <div>
        <dt>{t('strategy.summary.revision')}</dt>
        <dd>{strategy.revision > 0 ? strategy.revision : `0 (${t('strategy.summary.revisionNone')})`}</dd>
      </div>
      <div>
        <dt>{t('strategy.summary.deadline')}</dt>
        <dd>{formatDate(strategy.deadline, lang)}</dd>
      </div>
      <div>
        <dt>{t('strategy.summary.updatedAt')}</dt>
        <dd>{formatDate(strategy.updatedAt, lang)}</dd>
      </div>
    </dl>
  );
}
