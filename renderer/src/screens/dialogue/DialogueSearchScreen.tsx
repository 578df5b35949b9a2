import { Heading, Paragraph, Search } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { dialogueFormDefs, formatDate } from '../../../../core/index.js';
import { query } from '../../api/queries.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';
import { useDebounced } from '../../lib/useDebounced.js';

/** Shows a snippet with the matched words, marked [[like this]] by the service, as <mark>. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/\[\[|\]\]/);
  return (
    <>
      {parts.map((p, i) => (i % 2 === 1 ? <mark key={i}>{p}</mark> : <Fragment key={i}>{p}</Fragment>))}
    </>
  );
}

export function DialogueSearchScreen() {
  const { t, label, locale } = useLocale();
  const [q, setQ] = useState('');
  const dq = useDebounced(q.trim(), 150);
  const hits = useQuery({ ...query('dialogues.search', { q: dq, limit: 100 }), enabled: dq.length >= 2, placeholderData: keepPreviousData });
  return (
    <>
      <Heading level={1} data-size="lg">{t('dialogueSearchHeading')}</Heading>
      <div className="filters filters-single" role="search">
        <label htmlFor="dialogue-search" className="ds-label">{t('dialogueSearch')}</label>
        <Search>
          <Search.Input id="dialogue-search" aria-label={t('dialogueSearch')} value={q} onChange={(e) => setQ(e.target.value)} />
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
                {' '}· {h.caseNumber} · {label(dialogueFormDefs.find((f) => f.code === h.form))} · {formatDate(h.date, locale)}
                {h.kind === 'item' && ` · ${t('dialogueHitItem')}`}
              </span>
              <p className="snippet"><Snippet text={h.snippet} /></p>
            </li>
          ))}
          {hits.data?.length === 0 && <li className="muted">{t('dialogueNoHits')}</li>}
        </ol>
      )}
    </>
  );
}
