import { Button } from '@digdir/designsystemet-react';
import { useLocale } from '../i18n/locale.js';
import { href, type Route } from '../lib/router.js';

export function Header({ route }: { route: Route }) {
  const { t, locale, setLocale } = useLocale();
  return (
    <header className="app-header">
      <a className="brand" href={href.list()}>
        <span className="brand-mark" aria-hidden="true">A</span>
        <span>
          <span className="brand-name">{t('appName')}</span>
          <span className="brand-tagline">{t('appTagline')}</span>
        </span>
      </a>
      <nav aria-label={locale === 'nb' ? 'Hovedmeny' : 'Main menu'} className="app-nav">
        <a href={href.list()} aria-current={['list', 'case', 'edit', 'new'].includes(route.name) ? 'page' : undefined}>
          {t('navCases')}
        </a>
        <a href={href.suppliers()} aria-current={['suppliers', 'supplier', 'newSupplier', 'editSupplier'].includes(route.name) ? 'page' : undefined}>
          {t('navSuppliers')}
        </a>
        <a href={href.dialogueSearch()} aria-current={['dialogueSearch', 'activity', 'newActivity', 'editActivity'].includes(route.name) ? 'page' : undefined}>
          {t('navDialogue')}
        </a>
        <a href={href.deadlines()} aria-current={['deadlines', 'contract', 'newContract'].includes(route.name) ? 'page' : undefined}>
          {t('navDeadlines')}
        </a>
        <a href={href.plan()} aria-current={route.name === 'plan' ? 'page' : undefined}>
          {t('navPlan')}
        </a>
        <a href={href.goals()} aria-current={['goals', 'newStrategy', 'editStrategy'].includes(route.name) ? 'page' : undefined}>
          {t('navGoals')}
        </a>
        <a href={href.briefing()} aria-current={route.name === 'briefing' ? 'page' : undefined}>
          {t('navBriefing')}
        </a>
        <a href={href.savings()} aria-current={route.name === 'savings' ? 'page' : undefined}>
          {t('navSavings')}
        </a>
        <a href={href.phaseTimes()} aria-current={route.name === 'phaseTimes' ? 'page' : undefined}>
          {t('navPhaseTimes')}
        </a>
      </nav>
      <a className="settings-link" href={href.data()} aria-current={route.name === 'data' ? 'page' : undefined}>
        {t('navData')}
      </a>
      <a className="settings-link" href={href.settings()} aria-current={route.name === 'settings' ? 'page' : undefined}>
        {t('navSettings')}
      </a>
      <div className="lang" role="group" aria-label={t('language')}>
        <Button variant={locale === 'nb' ? 'primary' : 'tertiary'} data-size="sm" aria-pressed={locale === 'nb'} onClick={() => setLocale('nb')} lang="nb">
          Norsk
        </Button>
        <Button variant={locale === 'en' ? 'primary' : 'tertiary'} data-size="sm" aria-pressed={locale === 'en'} onClick={() => setLocale('en')} lang="en">
          English
        </Button>
      </div>
    </header>
  );
}
