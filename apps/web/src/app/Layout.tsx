import { Outlet, useLocation } from 'react-router';
import { Header } from './Header';
import { RouteError } from './RouteError';

export function Layout() {
  const { pathname } = useLocation();
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1} className="main">
        <RouteError key={pathname}>
          <Outlet />
        </RouteError>
      </main>
    </>
  );
}
