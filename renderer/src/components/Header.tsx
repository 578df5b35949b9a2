import { Button } from '@digdir/designsystemet-react';
import { useLocale } from '../i18n/locale.js';
import { areaOf, href, type Route } from '../lib/router.js';

export function Header({ route }: { route: Route }) {
  const { t, locale, setLocale } = useLocale();
  const here = (area: ReturnType<typeof areaOf>) => (areaOf(route) === area ? 'page' : undefined);
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
        <a href={href.list()} aria-current={here('cases')}>
          {t('navCases')}
        </a>
        <a href={href.suppliers()} aria-current={here('suppliers')}>
          {t('navSuppliers')}
        </a>
        <a href={href.dialogueSearch()} aria-current={here('dialogue')}>
          {t('navDialogue')}
        </a>
        <a href={href.deadlines()} aria-current={here('deadlines')}>
          {t('navDeadlines')}
        </a>
        <a href={href.plan()} aria-current={here('plan')}>
          {t('navPlan')}
        </a>
        <a href={href.goals()} aria-current={here('goals')}>
          {t('navGoals')}
        </a>
        <a href={href.briefing()} aria-current={here('briefing')}>
          {t('navBriefing')}
        </a>
        <a href={href.savings()} aria-current={here('savings')}>
          {t('navSavings')}
        </a>
        <a href={href.phaseTimes()} aria-current={here('phaseTimes')}>
          {t('navPhaseTimes')}
        </a>
      </nav>
      <a className="settings-link" href={href.data()} aria-current={here('data')}>
        {t('navData')}
      </a>
      <a className="settings-link" href={href.settings()} aria-current={here('settings')}>
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
