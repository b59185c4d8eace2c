import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorNotice } from '../../shared/ui/ErrorNotice';
import { Loading } from '../../shared/Loading';
import { useMe } from '../../shared/session/useMe';

/** Renders its children only for a signed-in user; anyone else goes to /login?next=<here>. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading, error, refetch } = useMe();
  const location = useLocation();
  if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (loading) return <Loading />;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
