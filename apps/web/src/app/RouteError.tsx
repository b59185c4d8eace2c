import { useRouteError } from 'react-router';
import { ErrorMessage } from '../shared/ErrorMessage';

/** Shows an error thrown while rendering a route instead of a blank page. */
export function RouteError() {
  const error = useRouteError();
  return <ErrorMessage error={error} />;
}
