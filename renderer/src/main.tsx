import '@fontsource-variable/inter';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles.css';
import './charts.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { onCallDone } from './api/client.js';
import { areasWritten } from './api/dataAreas.js';
import { changed } from './api/queries.js';
import { LocaleProvider } from './i18n/locale.js';

const queryClient: QueryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 10_000, retry: 1, refetchOnWindowFocus: false } },
});
// A write marks stale exactly the answers that show what it changed (api/dataAreas.ts), wherever it was made from.
onCallDone((method) => {
  const areas = areasWritten(method);
  if (areas.length) void changed(queryClient, areas);
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
