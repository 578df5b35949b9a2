import { useAccess } from '../../api/access.js';
import { CaseListScreen } from '../CaseListScreen.js';
import { OverviewScreen } from '../overview/OverviewScreen.js';

/** The start page: "Min oversikt" for the office; for a need owner (who may not read it) their departments' cases. */
export function Home() {
  const { ready, can } = useAccess();
  if (!ready) return null;
  return can('overview.get') ? <OverviewScreen /> : <CaseListScreen />;
}
