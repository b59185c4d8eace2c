import { useEffect, type ReactNode } from 'react';
import { useParams, type RouteObject } from 'react-router';
import { RequireAuth } from '../features/auth/RequireAuth';
import { withTexts } from './i18n';
import { lazyPage } from './lazyPage';
import { startQuery } from './routeData';

// Every signed-in page is its own chunk: the first page (the public overview) never loads them.
const LoginRoute = lazyPage(
  () => import('../features/auth/routes/LoginRoute'),
  (m) => m.LoginRoute,
);
const UsersRoute = lazyPage(
  () => import('../features/admin/routes/UsersRoute'),
  (m) => m.UsersRoute,
);
const TokensRoute = lazyPage(
  () => import('../features/account/routes/TokensRoute'),
  (m) => m.TokensRoute,
);
const loadEditor = withTexts(() => import('../features/editor/routes/EditorRoute'));
const EditorRoute = lazyPage(loadEditor, (m) => m.EditorRoute);

function signedIn(element: ReactNode): ReactNode {
  return <RequireAuth>{element}</RequireAuth>;
}

/**
 * The editor's code and its one query start together with the session check (no waterfall, issue 18): the chunk is
 * requested as soon as the route renders, before the signed-in guard has the session, and the editor's query leaves
 * as soon as the chunk is in, alongside the session query. The page's `useQuery` joins it (routeData.ts).
 */
function EditorPage() {
  const { code = '' } = useParams();
  useEffect(() => {
    void loadEditor().then(
      ({ EditorRouteQuery }) => startQuery(EditorRouteQuery, { code }),
      () => undefined, // the page's error boundary shows a failed chunk
    );
  }, [code]);
  return signedIn(<EditorRoute />);
}

/** Sign-in and the pages that need it: the editor, users admin, personal API tokens. */
export const authRoutes: RouteObject[] = [
  { path: 'login', element: <LoginRoute /> },
  { path: 'regions/:code/edit', element: <EditorPage /> },
  { path: 'admin/users', element: signedIn(<UsersRoute />) },
  { path: 'account/tokens', element: signedIn(<TokensRoute />) },
];
