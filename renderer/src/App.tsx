import { Heading, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { Header } from './components/Header.js';
import { useLocale } from './i18n/locale.js';
import { href, useRoute } from './lib/router.js';
import { CaseFormScreen } from './screens/CaseFormScreen.js';
import { CaseListScreen } from './screens/CaseListScreen.js';
import { CasePage } from './screens/CasePage.js';

export function App() {
  const route = useRoute();
  const { t } = useLocale();
  // Move focus to the new page's main region, as a screen reader user expects.
  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [route.name, 'id' in route ? route.id : 0]);

  return (
    <>
      <SkipLink href="#main">{t('skipToContent')}</SkipLink>
      <Header route={route} />
      <main id="main" tabIndex={-1} className="main">
        {route.name === 'list' && <CaseListScreen />}
        {route.name === 'new' && <CaseFormScreen />}
        {route.name === 'edit' && <CaseFormScreen id={route.id} />}
        {route.name === 'case' && <CasePage id={route.id} />}
        {route.name === 'notFound' && (
          <>
            <Heading level={1}>{t('notFound')}</Heading>
            <Paragraph>
              <a href={href.list()}>{t('backToList')}</a>
            </Paragraph>
          </>
        )}
      </main>
    </>
  );
}
