// The report entry (print.html): a printed document and nothing else. It
// loads the font, Designsystemet's colour tokens and the print rules, not
// the app's component styles, which cost seconds of layout on a pack of
// thousands of rows. Inter's static faces, not the variable font the app
// uses: Chromium embeds a variable font in a PDF as Type 3 outlines, which
// viewers draw less crisply and print more slowly.
import '@fontsource/inter/400.css';
import '@fontsource/inter/400-italic.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import '@digdir/designsystemet-css/theme';
import './charts.css';
import './print/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleProvider } from './i18n/locale.js';
import { parseRoute, useRoute } from './lib/router.js';
import { PrintBriefing } from './print/PrintBriefing.js';
import { PrintProtocol } from './print/PrintProtocol.js';
import { signalFailed } from './print/printReady.js';

function PrintApp() {
  const route = useRoute();
  if (route.name === 'printBriefing') return <PrintBriefing id={route.id} />;
  if (route.name === 'printProtocol') return <PrintProtocol caseId={Number(route.case)} />;
  return null;
}

if (!['printBriefing', 'printProtocol'].includes(parseRoute(window.location.hash).name))
  signalFailed(`unknown report: ${window.location.hash.slice(0, 80)}`);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleProvider>
      <PrintApp />
    </LocaleProvider>
  </StrictMode>,
);
