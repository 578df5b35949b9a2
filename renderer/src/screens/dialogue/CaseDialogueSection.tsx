import { Alert, Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { dialogueFormDefs, formatDate, ROUND_PROCEDURES, type CaseDetail } from '../../../../core/index.js';
import { query } from '../../api/queries.js';
import { ActivityTableHead } from '../../components/ActivityTableHead.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';
import { CompetitivePanel } from './CompetitivePanel.js';
import { Allowed } from '../../components/Allowed.js';

/** The case's market dialogue: its activities, what is still unshared, and for competitive dialogue the rounds. */
export function CaseDialogueSection({ c }: { c: CaseDetail }) {
  const { t, label, locale } = useLocale();
  const list = useQuery(query('dialogues.list', { caseId: c.id }));
  return (
    <section aria-labelledby="dialogue-h" className="panel dialogue-section">
      <div className="section-head">
        <h2 id="dialogue-h" className="ds-heading" data-size="sm">
          {t('dialogueHeading')}
        </h2>
        {!c.archived && (
          <Allowed method="dialogues.create">
            <Button variant="secondary" data-size="sm" asChild>
              <a href={href.newActivity(c.id)}>{t('newActivity')}</a>
            </Button>
          </Allowed>
        )}
      </div>
      {c.unsharedItems > 0 && (
        <Alert data-color="warning" data-size="sm" data-testid="unshared-warning">
          {t('unsharedWarning', { n: c.unsharedItems })}
        </Alert>
      )}
      {list.data && list.data.length === 0 && <Paragraph className="muted">{t('noActivities')}</Paragraph>}
      {list.data && list.data.length > 0 && (
        <Table data-size="sm" className="full">
          <ActivityTableHead numericAttended>
            <Table.HeaderCell>{t('itemsHeading')}</Table.HeaderCell>
          </ActivityTableHead>
          <Table.Body>
            {list.data.map((d) => (
              <Table.Row key={d.id}>
                <Table.Cell>
                  {formatDate(d.date, locale)} {d.time}
                </Table.Cell>
                <Table.Cell>
                  <a href={href.activity(d.id)}>{d.title}</a>
                </Table.Cell>
                <Table.Cell>
                  {label(dialogueFormDefs.find((f) => f.code === d.form))}
                  {d.round ? ` ${d.round}` : ''}
                </Table.Cell>
                <Table.Cell className="num">
                  {d.attended}/{d.suppliers}
                </Table.Cell>
                <Table.Cell>
                  {d.items}
                  {d.unshared > 0 && (
                    <span className="warn-text">
                      {' '}
                      ({t('notShared').toLowerCase()}: {d.unshared})
                    </span>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {c.procedure && ROUND_PROCEDURES.includes(c.procedure) && <CompetitivePanel c={c} />}
    </section>
  );
}
