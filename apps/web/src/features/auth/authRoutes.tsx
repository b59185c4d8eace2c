import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../../shared/Loading';
import { RequireAuth } from './RequireAuth';

// Every signed-in page is its own chunk: the first page (the public overview) never loads them.
const LoginRoute = lazy(() => import('./routes/LoginRoute').then((m) => ({ default: m.LoginRoute })));
const EditorRoute = lazy(() => import('../editor/routes/EditorRoute').then((m) => ({ default: m.EditorRoute })));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

function signedIn(element: ReactNode): ReactNode {
  return (
    <RequireAuth>
      <Lazy>{element}</Lazy>
    </RequireAuth>
  );
}

/** Sign-in and the pages that need it (the editor, later admin and account pages). */
export const authRoutes: RouteObject[] = [
  { path: 'login', element: <Lazy><LoginRoute /></Lazy> },
  { path: 'regions/:code/edit', element: signedIn(<EditorRoute />) },
];
