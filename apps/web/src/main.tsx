import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/App';
import { createApolloClient } from './app/apolloClient';
import { createI18n } from './app/i18n';
import { routes } from './app/routes';
import './app/styles.css';
import './shared/ui/kit.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App client={createApolloClient()} i18n={createI18n()} router={createBrowserRouter(routes)} />
  </StrictMode>,
);
