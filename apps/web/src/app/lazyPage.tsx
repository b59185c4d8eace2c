import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../shared/Loading';
import { withTexts } from './i18n';

/**
 * A page off the first page: its own chunk, fetched with the rest of the Russian texts when the route is first
 * shown (issue 16). A failed chunk is thrown to the route's error boundary (Layout).
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): ComponentType {
  const Page = lazy(withTexts(() => load().then((module) => ({ default: pick(module) }))));
  return function LazyPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}
