import { forwardRef, type ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  /** A status badge, revision, deadline: facts read right after the title. */
  meta?: ReactNode;
  /** The page's main actions, placed after the title in the DOM so they come early in the tab order. */
  actions?: ReactNode;
}

/**
 * A page's h1 with its facts and main actions. The heading takes focus programmatically
 * (tabIndex -1): after a decision, focus moves here so the new status is read first.
 */
export const PageHeader = forwardRef<HTMLHeadingElement, PageHeaderProps>(function PageHeader(
  { title, meta, actions },
  ref,
) {
  return (
    <header className="page-header">
      <div className="page-header__main">
        <h1 ref={ref} tabIndex={-1} className="page-header__title">
          {title}
        </h1>
        {meta && <div className="page-header__meta">{meta}</div>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </header>
  );
});
