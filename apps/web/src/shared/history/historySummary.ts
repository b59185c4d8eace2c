import type { TFunction } from '../i18n/translator';

type Details = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);
const excerpt = (value: unknown, max = 140): string | null => {
  const s = text(value);
  return s && s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

/**
 * The gist of one audit entry's details (stored as JSON by the server): the goal's title, the
 * remark's text, the revision submitted, the status reached… Null when there is nothing to add.
 */
export function historySummary(action: string, json: string, t: TFunction): string | null {
  let details: Details;
  try {
    details = JSON.parse(json) as Details;
  } catch {
    return null;
  }
  const parts: string[] = [];
  const quote = (value: unknown) => {
    const s = excerpt(value);
    if (s) parts.push(`«${s}»`);
  };
  switch (action) {
    case 'strategy.submit':
      if (typeof details.revision === 'number') parts.push(t('history.detail.revision', { number: details.revision }));
      if (details.late === true && typeof details.daysLate === 'number')
        parts.push(t('overview.deadline.submittedLate', { count: details.daysLate }));
      break;
    case 'strategy.request_changes':
    case 'strategy.approve':
    case 'strategy.reopen':
      if (typeof details.revision === 'number' && details.revision > 0)
        parts.push(t('history.detail.revision', { number: details.revision }));
      quote(details.comment);
      break;
    case 'strategy.set_sectors':
      if (Array.isArray(details.after)) parts.push(details.after.join(', '));
      break;
    case 'strategy.set_deadline':
      parts.push(`${String(details.before ?? '—')} → ${String(details.after ?? '—')}`);
      break;
    case 'goal.update':
      quote(details.title);
      if (Array.isArray(details.changed) && details.changed.length > 0) {
        parts.push(
          t('history.detail.changed', {
            fields: details.changed
              .map((f) => t(`review.diff.field.${String(f)}`, { defaultValue: String(f) }))
              .join(', '),
          }),
        );
      }
      break;
    case 'remark.add':
      if (typeof details.severity === 'string') parts.push(t(`review.severity.${details.severity}`));
      quote(details.body);
      break;
    case 'remark.resolve':
    case 'remark.reopen':
      if (typeof details.severity === 'string') parts.push(t(`review.severity.${details.severity}`));
      break;
    default:
      quote(details.title ?? details.body ?? (details.after as Details | undefined)?.title);
  }
  return parts.length ? parts.join(' · ') : null;
}
