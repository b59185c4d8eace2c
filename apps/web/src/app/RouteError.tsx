import { Component, type ReactNode } from 'react';
import { ErrorNotice } from '../shared/ui/ErrorNotice';

interface Props {
  children: ReactNode;
}

/**
 * Shows an error thrown while rendering a route (or fetching its chunk) instead of a blank page. Layout keys it by
 * location, so the next navigation starts afresh.
 */
export class RouteError extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('Unknown error') };
  }

  override render() {
    return this.state.error ? <ErrorNotice error={this.state.error} /> : this.props.children;
  }
}
