import { Heading, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { Header } from './components/Header.js';
import { ConnectionBanner } from './components/ConnectionBanner.js';
import { useLocale } from './i18n/locale.js';
import { href, useRoute } from './lib/router.js';
import { CaseFormScreen } from './screens/CaseFormScreen.js';
import { CaseListScreen } from './screens/CaseListScreen.js';
import { CasePage } from './screens/CasePage.js';
import { ContractFormScreen } from './screens/contracts/ContractFormScreen.js';
import { ContractPage } from './screens/contracts/ContractPage.js';
import { DeadlinesScreen } from './screens/contracts/DeadlinesScreen.js';
import { Home } from './screens/office/Home.js';
import { SavingsScreen } from './screens/savings/SavingsScreen.js';
import { PhaseTimesScreen } from './screens/analytics/PhaseTimesScreen.js';
import { PlanScreen } from './screens/plan/PlanScreen.js';
import { BriefingScreen } from './screens/briefing/BriefingScreen.js';
import { SettingsScreen } from './screens/SettingsScreen.js';
import { DataScreen } from './screens/data/DataScreen.js';
import { ProtocolScreen } from './screens/protocol/ProtocolScreen.js';
import { RecoveryScreen } from './screens/data/RecoveryScreen.js';
import { useQuery } from '@tanstack/react-query';
import { query } from './api/queries.js';
import { useSessionLost, useSignInRequired } from './api/session.js';
import { SignInScreen } from './screens/office/SignInScreen.js';
import { useOffice } from './api/office.js';
import { OfficeSignIn } from './screens/office/OfficeSignIn.js';
import { RegisterBanner } from './screens/office/RegisterBanner.js';
import { GoalsScreen } from './screens/strategy/GoalsScreen.js';
import { StrategyFormScreen } from './screens/strategy/StrategyFormScreen.js';
import { ActivityFormScreen } from './screens/dialogue/ActivityFormScreen.js';
import { ActivityPage } from './screens/dialogue/ActivityPage.js';
import { DialogueSearchScreen } from './screens/dialogue/DialogueSearchScreen.js';
import { SupplierFormScreen } from './screens/suppliers/SupplierFormScreen.js';
import { SupplierListScreen } from './screens/suppliers/SupplierListScreen.js';
import { SupplierPage } from './screens/suppliers/SupplierPage.js';

export function App() {
  const route = useRoute();
  const { t } = useLocale();
  // Move focus to the new page's main region, as a screen reader user expects.
  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [route.name, 'id' in route ? route.id : 0, 'caseId' in route ? route.caseId : 0]);
  // In the browser, a page without a session (the host restarted, or opened without its token) says only how to get one.
  const sessionGone = useSessionLost();
  // On the office server, a browser where no one is signed in gets the sign-in screen.
  const signInRequired = useSignInRequired();
  // The desktop app: which register is open (this PC's or the office server's), and signing in to the server.
  const register = useOffice();
  // A register refused at start (damaged) shows only the way back: its newest good backup.
  const status = useQuery({ ...query('system.status', {}), staleTime: Infinity });
  if (signInRequired) return <SignInScreen />;
  if (sessionGone) {
    return (
      <main id="main" tabIndex={-1} className="main">
        <Heading level={1}>{t('sessionExpired')}</Heading>
        <Paragraph data-testid="session-expired">{sessionGone}</Paragraph>
      </main>
    );
  }
  if (register?.mode === 'office' && !register.user)
    return (
      <>
        <RegisterBanner state={register} />
        <OfficeSignIn host={register.host} />
      </>
    );
  // Until the host has said the register is open, nothing asks it for data.
  // (Or says the host cannot be reached, and asks again until it answers.)
  if (!status.data && !status.error)
    return (
      <main id="main" tabIndex={-1} className="main" aria-busy="true">
        <ConnectionBanner />
      </main>
    );
  if (status.data?.state === 'damaged') {
    return (
      <main id="main" tabIndex={-1} className="main">
        <RecoveryScreen status={status.data} onRestored={() => void status.refetch()} />
      </main>
    );
  }

  return (
    <>
      <SkipLink href="#main">{t('skipToContent')}</SkipLink>
      <Header route={route} />
      <main id="main" tabIndex={-1} className="main">
        <ConnectionBanner />
        {register && <RegisterBanner state={register} />}
        {route.name === 'overview' && <Home />}
        {route.name === 'list' && <CaseListScreen />}
        {route.name === 'new' && <CaseFormScreen />}
        {route.name === 'edit' && <CaseFormScreen id={route.id} />}
        {route.name === 'case' && <CasePage id={route.id} />}
        {route.name === 'suppliers' && <SupplierListScreen />}
        {route.name === 'newSupplier' && <SupplierFormScreen />}
        {route.name === 'supplier' && <SupplierPage id={route.id} />}
        {route.name === 'editSupplier' && <SupplierFormScreen id={route.id} />}
        {route.name === 'newActivity' && <ActivityFormScreen caseId={route.caseId} />}
        {route.name === 'activity' && <ActivityPage id={route.id} />}
        {route.name === 'editActivity' && <ActivityFormScreen id={route.id} />}
        {route.name === 'dialogueSearch' && <DialogueSearchScreen />}
        {route.name === 'newContract' && <ContractFormScreen caseId={route.caseId} />}
        {route.name === 'contract' && <ContractPage id={route.id} />}
        {route.name === 'editContract' && <ContractFormScreen id={route.id} />}
        {route.name === 'deadlines' && <DeadlinesScreen />}
        {route.name === 'savings' && <SavingsScreen />}
        {route.name === 'phaseTimes' && <PhaseTimesScreen />}
        {route.name === 'goals' && <GoalsScreen />}
        {route.name === 'newStrategy' && <StrategyFormScreen />}
        {route.name === 'editStrategy' && <StrategyFormScreen id={route.id} />}
        {route.name === 'plan' && <PlanScreen />}
        {route.name === 'briefing' && <BriefingScreen />}
        {route.name === 'settings' && <SettingsScreen />}
        {route.name === 'data' && <DataScreen />}
        {route.name === 'protocol' && <ProtocolScreen caseId={route.caseId} />}
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
