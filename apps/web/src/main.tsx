import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApolloClient } from './app/apolloClient';
import { createI18n, loadLanguage, readStoredLanguage } from './app/i18n';
import { setRouteDataClient } from './app/routeData';
import { installPopStateGate } from './shared/navigation/popStateGate';
import './app/styles.css';
import './shared/ui/kit.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Before the router adds its popstate listener: the unsaved-changes guard must see back/forward first.
installPopStateGate();

const client = createApolloClient();
setRouteDataClient(client);

// Russian is in this chunk; a visitor who chose English waits for its texts before the first render.
const language = readStoredLanguage();
void loadLanguage(language)
  .catch(() => undefined) // offline or a failed chunk: show Russian rather than nothing
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App client={client} i18n={createI18n(language)} />
      </StrictMode>,
    ),
  );
