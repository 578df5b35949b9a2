import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { formatDate, formatNok, isAwarded, type CaseDetail } from '../../../../core/index.js';
import { query } from '../../api/queries.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';
import { STATUS_COLOR } from './ContractPage.js';
import { Allowed } from '../../components/Allowed.js';

/** Contracts that came out of this case; a new one can be recorded once the case is awarded. */
export function CaseContractsSection({ c }: { c: CaseDetail }) {
  const { t, locale } = useLocale();
  const list = useQuery(query('contracts.list', { caseId: c.id }));
  const awarded = isAwarded(c.phase);
  if (!awarded && !list.data?.length) return null;
  return (
    <section aria-labelledby="contracts-h" className="panel dialogue-section">
      <div className="section-head">
        <h2 id="contracts-h" className="ds-heading" data-size="sm">
          {t('contractsHeading')}
        </h2>
        {awarded && !c.archived && (
          <Allowed method="contracts.create">
            <Button variant="secondary" data-size="sm" asChild>
              <a href={href.newContract(c.id)}>{t('newContract')}</a>
            </Button>
          </Allowed>
        )}
      </div>
      {list.data?.length === 0 && <Paragraph className="muted">{t('noContracts')}</Paragraph>}
      {list.data && list.data.length > 0 && (
        <Table data-size="sm" className="full">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('colContract')}</Table.HeaderCell>
              <Table.HeaderCell>{t('contractSuppliers')}</Table.HeaderCell>
              <Table.HeaderCell className="num">{t('contractValue')}</Table.HeaderCell>
              <Table.HeaderCell>{t('currentEnd')}</Table.HeaderCell>
              <Table.HeaderCell>{t('colStatus')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {list.data.map((k) => (
              <Table.Row key={k.id}>
                <Table.Cell>
                  <a href={href.contract(k.id)}>{k.title}</a>
                </Table.Cell>
                <Table.Cell>{k.suppliers.join(', ')}</Table.Cell>
                <Table.Cell className="num">{formatNok(k.value, locale)}</Table.Cell>
                <Table.Cell>{formatDate(k.currentEnd, locale)}</Table.Cell>
                <Table.Cell>
                  <Tag data-size="sm" data-color={STATUS_COLOR[k.status]}>
                    {t('contractStatus', { status: k.status })}
                  </Tag>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}
