// The GraphQL IDE entry (ide.html). Everything is bundled: GraphiQL's CDN
// build and Apollo Sandbox load code from the internet, which the closed
// network does not allow.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const fetcher = createGraphiQLFetcher({
  url: new URL('/graphql', window.location.origin).href,
  // Same origin; send the session cookie so queries run as the signed-in user.
  fetch: (input, init) => fetch(input, { ...init, credentials: 'include' }),
});

const defaultQuery = `# Tsifra GraphQL API. Public data needs no login;
# scripts can send "Authorization: Bearer <token>" in the Headers tab.
# Guide (tokens, pages, limits and costs, errors, examples): docs/api.md
query Overview {
  regions(federalDistrict: "CENTRAL") {
    code
    name
    nameEn
    strategy {
      status
      revision
      deadline
    }
  }
}
`;

const root = document.getElementById('ide');
if (!root) throw new Error('ide.html has no #ide element');

createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />
  </StrictMode>,
);
