import { useTranslation } from '../../../shared/i18n/react';

export interface PlanProblem {
  rule: string;
  systemId?: string | null;
  stage?: string | null;
  message: string;
}

interface PlanCompletenessProps {
  problems: readonly PlanProblem[];
  systemName(id: string): string | null;
  /** Takes the user to the system to fix (its row or edit button). */
  onFocusSystem?(id: string): void;
}

/** What keeps the plan from being submitted, in the interface language. */
export function PlanCompleteness({ problems, systemName, onFocusSystem }: PlanCompletenessProps) {
  const { t, i18n } = useTranslation();
  return (
    <section className="completeness" aria-labelledby="gostech-completeness-title">
      <h2 id="gostech-completeness-title">{t('gostech.completeness.title')}</h2>
      {problems.length === 0 ? (
        <p className="completeness__done" role="status">
          {t('gostech.completeness.done')}
        </p>
      ) : (
        <>
          <p role="status">{t('gostech.completeness.count', { count: problems.length })}</p>
          <ul className="completeness__list">
            {problems.map((p, index) => {
              const key = `gostech.completeness.${p.rule}`;
              const name = p.systemId ? (systemName(p.systemId) ?? p.systemId) : '';
              const text = i18n.exists(key)
                ? t(key, { system: name, stage: p.stage ? t(`gostech.stage.${p.stage}`) : '' })
                : p.message;
              return (
                <li key={`${p.rule}-${p.systemId ?? ''}-${p.stage ?? ''}-${index}`}>
                  {p.systemId && onFocusSystem ? (
                    <button type="button" className="link-button" onClick={() => onFocusSystem(p.systemId!)}>
                      {text}
                    </button>
                  ) : (
                    text
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
