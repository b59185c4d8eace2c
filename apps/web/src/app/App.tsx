import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, type DataRouter } from 'react-router';
import { ToastProvider } from '../shared/ui/Toast';

interface AppProps {
  client: ApolloClient;
  i18n: i18n;
  router: DataRouter;
}

export function App({ client, i18n, router }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
