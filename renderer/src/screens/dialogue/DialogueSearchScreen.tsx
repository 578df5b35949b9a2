import { Heading, Paragraph, Search } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { dialogueFormDefs, dialogueStatusDefs, formatDate, type Output } from '../../../../core/index.js';
import { query } from '../../api/queries.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';
import { useDebounced } from '../../lib/useDebounced.js';

/** Shows a snippet with the matched words, marked [[like this]] by the service, as <mark>. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/\[\[|\]\]/);
  return <>{parts.map((p, i) => (i % 2 === 1 ? <mark key={i}>{p}</mark> : <Fragment key={i}>{p}</Fragment>))}</>;
}

type OverviewRow = Output<'dialogues.overview'>['upcoming'][number];

/** One list of the overview: each activity with its case, form, status and date. */
function Activities({
  id,
  heading,
  rows,
  none,
}: {
  id: string;
  heading: string;
  rows: OverviewRow[] | undefined;
  none: string;
}) {
  const { label, locale } = useLocale();
  return (
    <section aria-labelledby={id} className="panel">
      <Heading level={2} data-size="sm" id={id}>
        {heading}
      </Heading>
      {rows && rows.length === 0 ? (
        <Paragraph className="muted" data-size="sm">
          {none}
        </Paragraph>
      ) : (
        <ul className="activity-list" data-testid={id}>
          {rows?.map((d) => (
            <li key={d.id} className="activity-row">
              <a href={href.activity(d.id)}>{d.title}</a>
              <span className="muted">
                {' '}
                · {formatDate(d.date, locale)}
                {d.time && ` ${d.time}`} · {label(dialogueStatusDefs.find((s) => s.code === d.status))} ·{' '}
                {label(dialogueFormDefs.find((f) => f.code === d.form))}
              </span>
              <br />
              <a className="muted" href={href.case(d.caseId)}>
                {d.caseNumber} {d.caseTitle}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The market dialogue page: activities ahead and of late across all cases, with the search beside them. */
export function DialogueSearchScreen() {
  const { t, label, locale } = useLocale();
  const [q, setQ] = useState('');
  const dq = useDebounced(q.trim(), 150);
  const hits = useQuery({
    ...query('dialogues.search', { q: dq, limit: 100 }),
    enabled: dq.length >= 2,
    placeholderData: keepPreviousData,
  });
  const overview = useQuery(query('dialogues.overview', { days: 90 }));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('dialogueOverviewHeading')}
      </Heading>
      <div className="form-grid">
        <div className="dialogue-lists">
          <Activities
            id="dialogue-upcoming"
            heading={t('dialogueUpcoming')}
            rows={overview.data?.upcoming}
            none={t('dialogueNoneUpcoming')}
          />
          <Activities
            id="dialogue-recent"
            heading={t('dialogueRecent', { days: 90 })}
            rows={overview.data?.recent}
            none={t('dialogueNoneRecent')}
          />
        </div>
        <aside className="form-side" aria-labelledby="dialogue-search-h">
          <Heading level={2} data-size="sm" id="dialogue-search-h">
            {t('dialogueSearchHeading')}
          </Heading>
          <div className="filters filters-single" role="search">
            <label htmlFor="dialogue-search" className="ds-label">
              {t('dialogueSearch')}
            </label>
            <Search>
              <Search.Input
                id="dialogue-search"
                aria-label={t('dialogueSearch')}
                value={q}
                onChange={(e) => setQ(e.target.value)}
              />
              <Search.Clear onClick={() => setQ('')} />
            </Search>
          </div>
          {dq.length < 2 ? (
            <Paragraph className="muted">{t('dialogueSearchHint')}</Paragraph>
          ) : (
            <ol className="hits" aria-live="polite">
              {hits.data?.map((h) => (
                <li key={`${h.kind}-${h.itemId ?? h.dialogueId}`} className="panel hit">
                  <a href={href.activity(h.dialogueId)}>{h.title}</a>
                  <span className="muted">
                    {' '}
                    · {h.caseNumber} · {label(dialogueFormDefs.find((f) => f.code === h.form))} ·{' '}
                    {formatDate(h.date, locale)}
                    {h.kind === 'item' && ` · ${t('dialogueHitItem')}`}
                  </span>
                  <p className="snippet">
                    <Snippet text={h.snippet} />
                  </p>
                </li>
              ))}
              {hits.data?.length === 0 && <li className="muted">{t('dialogueNoHits')}</li>}
            </ol>
          )}
        </aside>
      </div>
    </>
  );
}
