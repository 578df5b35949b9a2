import { Button } from '@digdir/designsystemet-react';
import { locales, type Locale } from '../../../core/index.js';
import { useLocale } from '../i18n/locale.js';
import { Allowed } from './Allowed.js';

/** Each language's own name for itself, on its button (not translated: a reader finds their own). */
export const LANGUAGE_NAMES: Record<Locale, string> = { nb: 'Norsk', nn: 'Nynorsk', en: 'English' };
import { areaOf, href, type Route } from '../lib/router.js';
import { OfficeUser } from './OfficeUser.js';

export function Header({ route }: { route: Route }) {
  const { t, locale, setLocale } = useLocale();
  const here = (area: ReturnType<typeof areaOf>) => (areaOf(route) === area ? 'page' : undefined);
  return (
    <header className="app-header">
      <a className="brand" href={href.overview()}>
        <span className="brand-mark" aria-hidden="true">
          A
        </span>
        <span>
          <span className="brand-name">{t('appName')}</span>
          <span className="brand-tagline">{t('appTagline')}</span>
        </span>
      </a>
      <OfficeUser />
      <nav aria-label={t('mainMenu')} className="app-nav">
        <Allowed method="overview.get">
          <a href={href.overview()} aria-current={here('overview')}>
            {t('navOverview')}
          </a>
        </Allowed>
        <a href={href.list()} aria-current={here('cases')}>
          {t('navCases')}
        </a>
        <Allowed method="suppliers.list">
          <a href={href.suppliers()} aria-current={here('suppliers')}>
            {t('navSuppliers')}
          </a>
        </Allowed>
        <Allowed method="dialogues.overview">
          <a href={href.dialogueSearch()} aria-current={here('dialogue')}>
            {t('navDialogue')}
          </a>
        </Allowed>
        <Allowed method="contracts.deadlines">
          <a href={href.deadlines()} aria-current={here('deadlines')}>
            {t('navDeadlines')}
          </a>
        </Allowed>
        <Allowed method="plan.get">
          <a href={href.plan()} aria-current={here('plan')}>
            {t('navPlan')}
          </a>
        </Allowed>
        <Allowed method="strategy.dashboard">
          <a href={href.goals()} aria-current={here('goals')}>
            {t('navGoals')}
          </a>
        </Allowed>
        <Allowed method="briefing.build">
          <a href={href.briefing()} aria-current={here('briefing')}>
            {t('navBriefing')}
          </a>
        </Allowed>
        <Allowed method="savings.totals">
          <a href={href.savings()} aria-current={here('savings')}>
            {t('navSavings')}
          </a>
        </Allowed>
        <Allowed method="analytics.phaseTimes">
          <a href={href.phaseTimes()} aria-current={here('phaseTimes')}>
            {t('navPhaseTimes')}
          </a>
        </Allowed>
      </nav>
      <Allowed method="exchange.ocds">
        <a className="settings-link" href={href.data()} aria-current={here('data')}>
          {t('navData')}
        </a>
      </Allowed>
      <a className="settings-link" href={href.settings()} aria-current={here('settings')}>
        {t('navSettings')}
      </a>
      <div className="lang" role="group" aria-label={t('language')}>
        {locales.map((l) => (
          <Button
            key={l}
            variant={l === locale ? 'primary' : 'tertiary'}
            data-size="sm"
            aria-pressed={l === locale}
            onClick={() => setLocale(l)}
            lang={l}
          >
            {LANGUAGE_NAMES[l]}
          </Button>
        ))}
      </div>
    </header>
  );
}
