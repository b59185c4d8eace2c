import { lazy, Suspense, type ReactNode } from 'react';
import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { Loading } from '../shared/Loading';
import { RequireAuth } from '../features/auth/RequireAuth';
import { withTexts } from './i18n';
import { startQuery } from './routeData';

// Every signed-in page is its own chunk: the first page (the public overview) never loads them.
const LoginRoute = lazy(
  withTexts(() => import('../features/auth/routes/LoginRoute').then((m) => ({ default: m.LoginRoute }))),
);
const UsersRoute = lazy(
  withTexts(() => import('../features/admin/routes/UsersRoute').then((m) => ({ default: m.UsersRoute }))),
);
const TokensRoute = lazy(
  withTexts(() => import('../features/account/routes/TokensRoute').then((m) => ({ default: m.TokensRoute }))),
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
  {
    // The editor's code and its one query start together with the session check (no waterfall, issue 18).
    path: 'regions/:code/edit',
    lazy: withTexts(() =>
      import('../features/editor/routes/EditorRoute').then(({ EditorRoute, EditorRouteQuery }) => ({
        loader: ({ params }: LoaderFunctionArgs) => {
          startQuery(EditorRouteQuery, { code: params.code ?? '' });
          return null;
        },
        element: signedIn(<EditorRoute />),
      })),
    ),
    hydrateFallbackElement: <Loading />,
  },
  { path: 'admin/users', element: signedIn(<UsersRoute />) },
  { path: 'account/tokens', element: signedIn(<TokensRoute />) },
];
