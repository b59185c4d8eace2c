import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../shared/Loading';
import { RequireAuth } from '../features/auth/RequireAuth';

// Every signed-in page is its own chunk: the first page (the public overview) never loads them.
const LoginRoute = lazy(() => import('../features/auth/routes/LoginRoute').then((m) => ({ default: m.LoginRoute })));
const EditorRoute = lazy(() =>
  import('../features/editor/routes/EditorRoute').then((m) => ({ default: m.EditorRoute })),
);
const UsersRoute = lazy(() => import('../features/admin/routes/UsersRoute').then((m) => ({ default: m.UsersRoute })));
const TokensRoute = lazy(() =>
  import('../features/account/routes/TokensRoute').then((m) => ({ default: m.TokensRoute })),
);

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

/** Sign-in and the pages that need it: the editor, users admin, personal API tokens. */
export const authRoutes: RouteObject[] = [
  {
    path: 'login',
    element: (
      <Lazy>
        <LoginRoute />
      </Lazy>
    ),
  },
  { path: 'regions/:code/edit', element: signedIn(<EditorRoute />) },
  { path: 'admin/users', element: signedIn(<UsersRoute />) },
  { path: 'account/tokens', element: signedIn(<TokensRoute />) },
];
