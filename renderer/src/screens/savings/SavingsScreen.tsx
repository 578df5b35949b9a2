import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { formatNok, sumTotals } from '../../../../core/index.js';
import { query } from '../../api/queries.js';
import { useLocale } from '../../i18n/locale.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';

/** Cases handled and savings per year: the figures and the sentence leadership hears. */
export function SavingsScreen() {
  const { t, locale } = useLocale();
  const q = useQuery(query('savings.totals', { years: 4 }));
  if (!q.data) return null;
  // A case handled in two of the years is one case in the total.
  const sum = sumTotals(q.data.years, q.data.casesHandled);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('savingsHeading')}
      </Heading>
      <Paragraph className="lead" data-testid="savings-sentence">
        {q.data.sentence}
      </Paragraph>
      <div className="panel">
        <ScrollRegion label={t('savingsHeading')}>
          <Table data-size="sm" className="full" data-testid="savings-table">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('colYear')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('colHandled')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('colSaved')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('colPerYear')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('colExpected')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('colRealised')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {q.data.years.map((y) => (
                <Table.Row key={y.year}>
                  <Table.HeaderCell scope="row">{y.year}</Table.HeaderCell>
                  <Table.Cell className="num">{y.casesHandled}</Table.Cell>
                  <Table.Cell className="num">{formatNok(y.savedContractPeriod, locale)}</Table.Cell>
                  <Table.Cell className="num">{formatNok(y.savedPerYear, locale)}</Table.Cell>
                  <Table.Cell className="num">{formatNok(y.expected, locale)}</Table.Cell>
                  <Table.Cell className="num">{formatNok(y.realised, locale)}</Table.Cell>
                </Table.Row>
              ))}
              <Table.Row className="total-row">
                <Table.HeaderCell scope="row">{t('total')}</Table.HeaderCell>
                <Table.Cell className="num">{sum.casesHandled}</Table.Cell>
                <Table.Cell className="num">{formatNok(sum.savedContractPeriod, locale)}</Table.Cell>
                <Table.Cell className="num">{formatNok(sum.savedPerYear, locale)}</Table.Cell>
                <Table.Cell className="num">{formatNok(sum.expected, locale)}</Table.Cell>
                <Table.Cell className="num">{formatNok(sum.realised, locale)}</Table.Cell>
              </Table.Row>
            </Table.Body>
          </Table>
        </ScrollRegion>
      </div>
    </>
  );
}
