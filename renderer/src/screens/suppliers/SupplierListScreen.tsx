import { Button, Heading, Paragraph, Search, Table } from '@digdir/designsystemet-react';
import { ExportXlsxButton } from '../../components/ExportXlsxButton.js';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { query } from '../../api/queries.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';
import { useDebounced } from '../../lib/useDebounced.js';

export function SupplierListScreen() {
  const { t } = useLocale();
  const [q, setQ] = useState('');
  const dq = useDebounced(q, 150);
  const list = useQuery({ ...query('suppliers.list', { q: dq, limit: 500 }), placeholderData: keepPreviousData });
  return (
    <>
      <div className="page-head">
        <Heading level={1} data-size="lg">
          {t('suppliersHeading')}
        </Heading>
        <Paragraph className="count" aria-live="polite">
          {list.data ? t('suppliersCount', { n: list.data.total }) : ''}
        </Paragraph>
        <div className="actions">
          <ExportXlsxButton spec={{ list: 'suppliers', q: dq }} />
          <Button asChild>
            <a href={href.newSupplier()}>{t('newSupplier')}</a>
          </Button>
        </div>
      </div>
      <div className="filters filters-single" role="search">
        <label htmlFor="supplier-search" className="ds-label">
          {t('supplierSearch')}
        </label>
        <Search>
          <Search.Input
            id="supplier-search"
            aria-label={t('supplierSearch')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          <Search.Clear onClick={() => setQ('')} />
        </Search>
      </div>
      <div className="panel">
        <Table data-size="sm" className="full">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('colName')}</Table.HeaderCell>
              <Table.HeaderCell>{t('colOrgnr')}</Table.HeaderCell>
              <Table.HeaderCell>{t('colCity')}</Table.HeaderCell>
              <Table.HeaderCell className="num">{t('colContacts')}</Table.HeaderCell>
              <Table.HeaderCell className="num">{t('colActivities')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {list.data?.items.map((s) => (
              <Table.Row key={s.id}>
                <Table.Cell>
                  <a href={href.supplier(s.id)}>{s.name}</a>
                </Table.Cell>
                <Table.Cell className="mono">{s.orgnr}</Table.Cell>
                <Table.Cell>{s.city}</Table.Cell>
                <Table.Cell className="num">{s.contacts}</Table.Cell>
                <Table.Cell className="num">{s.activities}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {list.data?.items.length === 0 && <p className="empty">{t('noSuppliers')}</p>}
      </div>
    </>
  );
}
