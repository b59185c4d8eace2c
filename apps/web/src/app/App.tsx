import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import type { I18n } from './i18n';
import { I18nProvider } from '../shared/i18n/react';
import { BrowserRouter, useRoutes } from 'react-router';
import { ToastProvider } from '../shared/ui/Toast';
import { RouteError } from './RouteError';
import { routes } from './routes';

interface AppProps {
  client: ApolloClient;
  i18n: I18n;
}

function Pages() {
  return useRoutes(routes);
}

export function App({ client, i18n }: AppProps) {
  return (
    <I18nProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <ToastProvider>
          <BrowserRouter>
            <RouteError>
              <Pages />
            </RouteError>
          </BrowserRouter>
        </ToastProvider>
      </ApolloProvider>
    </I18nProvider>
  );
}
