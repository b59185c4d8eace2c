import { useRouteError } from 'react-router';
import { ErrorNotice } from '../shared/ui/ErrorNotice';

/** Shows an error thrown while rendering a route instead of a blank page. */
export function RouteError() {
  const error = useRouteError();
  return <ErrorNotice error={error} />;
}
