import '@fontsource-variable/inter';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles.css';
import './charts.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { onChanged } from './api/changes.js';
import { ApiError, onCallDone } from './api/client.js';
import { backoff } from './api/connection.js';
import { areasWritten, type DataArea } from './api/dataAreas.js';
import { changed } from './api/queries.js';
import { LocaleProvider } from './i18n/locale.js';

const lostConnection = (e: unknown) => e instanceof ApiError && e.code === 'network';
const queryClient: QueryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // A read that could not reach the host is tried again, ever more slowly, until it can (api/connection.ts);
      // any other failure once. A write is never sent again by itself: the form keeps what was typed.
      retry: (count, e) => lostConnection(e) || count < 1,
      retryDelay: (count, e) => (lostConnection(e) ? backoff(count) : 1000),
      refetchOnWindowFocus: false,
    },
  },
});
// A write marks stale exactly the answers that show what it changed (api/dataAreas.ts), wherever it was made from.
onCallDone((method) => {
  const areas = areasWritten(method);
  if (areas.length) void changed(queryClient, areas);
});
// So do the writes others make (GET /events), gathered for a moment so an import's many records refresh once.
let pending = new Set<DataArea>();
onChanged({
  changed(e) {
    if (!pending.size)
      setTimeout(() => {
        const areas = [...pending];
        pending = new Set();
        void changed(queryClient, areas);
      }, 100);
    for (const a of areasWritten(e.method)) pending.add(a);
  },
  missed: () => void queryClient.invalidateQueries(),
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <App />
      </LocaleProvider>
    </QueryClientProvider>
  </StrictMode>,
);
