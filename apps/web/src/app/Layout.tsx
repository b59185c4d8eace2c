import { Outlet } from 'react-router';
import { Header } from './Header';

export function Layout() {
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1} className="main">
        <Outlet />
      </main>
    </>
  );
}
