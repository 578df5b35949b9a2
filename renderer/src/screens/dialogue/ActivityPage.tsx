import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Spinner,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { AuditHistory } from '../../components/AuditHistory.js';
import { dialogueFormDefs, formatDate, type DialogueDetail } from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { useIssues } from '../../lib/useIssues.js';
import { query } from '../../api/queries.js';
import { ConfidentialText } from '../../components/Confidential.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';
import { ItemCard } from './ItemCard.js';

export function ActivityPage({ id }: { id: number }) {
  const { t, label, locale } = useLocale();
  const q = useQuery(query('dialogues.get', { id }));
  if (q.error) return <Alert data-color="danger">{q.error.message}</Alert>;
  if (!q.data) return <Spinner aria-label={t('loading')} />;
  const d = q.data;
  return (
    <article>
      <p className="breadcrumb">
        <a href={href.case(d.caseId)}>
          {d.caseNumber} {d.caseTitle}
        </a>{' '}
        / {t('dialogueHeading')}
      </p>
      <div className="page-head">
        <div>
          <Heading level={1} data-size="lg">
            {d.title}
          </Heading>
          <p className="case-meta">
            {label(dialogueFormDefs.find((f) => f.code === d.form))}
            {d.round ? ` · ${t('round', { n: d.round })}` : ''} · {formatDate(d.date, locale)} {d.time}
          </p>
        </div>
        <Button variant="secondary" asChild>
          <a href={href.editActivity(d.id)}>{t('edit')}</a>
        </Button>
      </div>
      <div className="case-grid">
        <section aria-labelledby="act-h">
          <h2 id="act-h" className="ds-heading" data-size="sm">
            {t('details')}
          </h2>
          <dl className="details">
            <div>
              <dt>{t('fieldParticipants')}</dt>
              <dd>{d.participants || t('none')}</dd>
            </div>
            <div>
              <dt>{t('activitySuppliers')}</dt>
              <dd>
                {d.suppliers.length === 0 ? (
                  t('none')
                ) : (
                  <ul className="plain">
                    {d.suppliers.map((s) => (
                      <li key={s.supplierId}>
                        <a href={href.supplier(s.supplierId)}>{s.name}</a>{' '}
                        <span className="muted">({s.attended ? t('attended') : s.invited ? t('invited') : ''})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          </dl>
          {d.agenda && (
            <>
              <h3 className="ds-heading" data-size="xs">
                {t('fieldAgenda')}
              </h3>
              <Paragraph className="prewrap">{d.agenda}</Paragraph>
            </>
          )}
          {(d.minutes || d.minutesConfidential) && (
            <>
              <h3 className="ds-heading" data-size="xs">
                {t('fieldMinutes')}
              </h3>
              <ConfidentialText text={d.minutes} basis={d.minutesConfidential} />
            </>
          )}
          {(d.outcome || d.outcomeConfidential) && (
            <>
              <h3 className="ds-heading" data-size="xs">
                {t('fieldOutcome')}
              </h3>
              <ConfidentialText text={d.outcome} basis={d.outcomeConfidential} />
            </>
          )}
          {d.form === 'dialogrunde' && (
            <div data-testid="round-log">
              <h3 className="ds-heading" data-size="xs">
                {t('roundLogLegend')}
              </h3>
              <h4 className="ds-heading" data-size="2xs">
                {t('fieldRoundRevealed')}
              </h4>
              <ConfidentialText
                text={d.roundRevealed}
                basis={d.roundRevealed === null || d.roundRevealed ? 'foa_7_4' : null}
              />
              <h4 className="ds-heading" data-size="2xs">
                {t('roundConsent')}
              </h4>
              <Paragraph>
                {d.roundConsentDate
                  ? t('roundConsentGiven', { date: formatDate(d.roundConsentDate, locale), scope: d.roundConsentScope })
                  : t('roundConsentNone')}
              </Paragraph>
            </div>
          )}
        </section>
        <Items d={d} />
      </div>
      <AuditHistory entity="dialogue" id={d.id} />
    </article>
  );
}

function Items({ d }: { d: DialogueDetail }) {
  const { t } = useLocale();
  const [askedBy, setAskedBy] = useState('');
  const [question, setQuestion] = useState('');
  const f = useIssues();
  const add = useMutation({
    mutationFn: () =>
      call('dialogues.addItem', { dialogueId: d.id, askedBy: askedBy ? Number(askedBy) : null, question }),
    onSuccess: () => {
      setQuestion('');
      f.clear();
    },
    onError: f.fromError,
  });
  return (
    <section aria-labelledby="items-h">
      <h2 id="items-h" className="ds-heading" data-size="sm">
        {t('itemsHeading')}
      </h2>
      <Paragraph data-size="sm" className="muted">
        {t(d.form === 'dialogrunde' ? 'itemsHelpRound' : 'itemsHelp')}
      </Paragraph>
      <ol className="items">
        {d.items.map((item, i) => (
          <ItemCard key={`${item.id}-${item.version}`} item={item} n={i + 1} inRound={d.form === 'dialogrunde'} />
        ))}
      </ol>
      <form
        className="item-add"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          add.mutate();
        }}
        noValidate
      >
        <Field>
          <Label htmlFor="item-asked-by">{t('askedBy')}</Label>
          <Select id="item-asked-by" value={askedBy} onChange={(e) => setAskedBy(e.target.value)}>
            <Select.Option value="">{t('askedByNone')}</Select.Option>
            {d.suppliers.map((s) => (
              <Select.Option key={s.supplierId} value={String(s.supplierId)}>
                {s.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id="item-question"
          label={t('question')}
          multiline
          rows={3}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          error={f.errorOf('question') ?? f.errorOf('askedBy')}
        />
        {f.others(['question', 'askedBy']).map((message) => (
          <Alert key={message} data-color="danger" data-size="sm">
            {message}
          </Alert>
        ))}
        <Button type="submit" variant="secondary" data-size="sm" loading={add.isPending}>
          {t('addItem')}
        </Button>
      </form>
    </section>
  );
}
