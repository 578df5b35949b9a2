import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { call } from '../api/client.js';
import { query } from '../api/queries.js';
import { ExportXlsxButton } from '../components/ExportXlsxButton.js';
import { useLocale } from '../i18n/locale.js';
import { href, navigate } from '../lib/router.js';
import { useDebounced } from '../lib/useDebounced.js';
import { CaseFilters } from './CaseFilters.js';
import { CaseTable } from './CaseTable.js';
import { useCaseFilters } from './useCaseFilters.js';
import { Allowed } from '../components/Allowed.js';

/** The first start's welcome (an empty register), on the case list and the start page: demo data (then the case list) or the first case. */
export function Welcome() {
  const { t } = useLocale();
  const seed = useMutation({
    mutationFn: () => call('demo.seed', { cases: 440 }),
    onSuccess: () => navigate(href.list()),
  });
  return (
    <section className="welcome" aria-labelledby="welcome-h">
      <Heading level={2} id="welcome-h" data-size="md">
        {t('welcomeHeading')}
      </Heading>
      <Paragraph>{t('welcomeText')}</Paragraph>
      {seed.error && <Alert data-color="danger">{seed.error.message}</Alert>}
      <div className="actions">
        <Allowed method="demo.seed">
          <Button onClick={() => seed.mutate()} loading={seed.isPending} disabled={seed.isPending}>
            {t('welcomeDemo')}
          </Button>
        </Allowed>
        <Allowed method="cases.create">
          <Button variant="secondary" onClick={() => navigate(href.new())}>
            {t('welcomeNew')}
          </Button>
        </Allowed>
      </div>
    </section>
  );
}

export function CaseListScreen() {
  const { t } = useLocale();
  const { filters, setFilters, active, reset } = useCaseFilters();
  const q = useDebounced(filters.q, 150);
  const [total, setTotal] = useState<number | null>(null);
  const all = useQuery(query('cases.list', { limit: 1, includeArchived: true }));
  const allTotal = all.data?.total;
  const onTotal = useCallback((n: number) => setTotal(n), []);
  const empty = allTotal === 0;

  return (
    <>
      <div className="page-head">
        <Heading level={1} data-size="lg">
          {t('casesHeading')}
        </Heading>
        <Paragraph className="count" aria-live="polite">
          {total === null || allTotal === undefined
            ? ''
            : active
              ? t('casesCountFiltered', { n: total.toLocaleString('nb-NO'), total: allTotal.toLocaleString('nb-NO') })
              : t('casesCount', { n: total === 1 ? 1 : total.toLocaleString('nb-NO') })}
        </Paragraph>
        <div className="actions">
          {!empty && <ExportXlsxButton spec={{ list: 'cases', query: filters }} />}
          <Allowed method="cases.create">
            <Button asChild>
              <a href={href.new()}>{t('navNewCase')}</a>
            </Button>
          </Allowed>
        </div>
      </div>
      {empty ? (
        <Welcome />
      ) : (
        <>
          <CaseFilters filters={filters} onChange={setFilters} onReset={reset} active={active} />
          <CaseTable
            query={{ ...filters, q }}
            onTotal={onTotal}
            onSort={(sort) =>
              setFilters({ ...filters, sort, dir: filters.sort === sort && filters.dir === 'asc' ? 'desc' : 'asc' })
            }
          />
        </>
      )}
    </>
  );
}
