import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { formatDateTime, type CaseDetail } from '../../../../core/index.js';
import { useAccess } from '../../api/access.js';
import { call } from '../../api/client.js';
import { query } from '../../api/queries.js';
import { FormOutcome } from '../../components/FormOutcome.js';
import { useLocale } from '../../i18n/locale.js';
import { useIssues } from '../../lib/useIssues.js';

/** A case's comments between the office and its department, and a comment added (for those whose role may). */
export function CaseComments({ c }: { c: CaseDetail }) {
  const { t, locale } = useLocale();
  const { can } = useAccess();
  const list = useQuery(query('comments.forCase', { caseId: c.id }));
  const f = useIssues();
  const [text, setText] = useState('');
  const add = useMutation({
    mutationFn: (v: { caseId: number; text: string }) => call('comments.add', v),
    onSuccess: () => setText(''),
    onError: f.fromError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    f.clear();
    const v = { caseId: c.id, text };
    if (f.check('comments.add', v)) add.mutate(v);
  };
  return (
    <section className="panel case-comments" aria-labelledby="comments-h">
      <Heading level={2} data-size="sm" id="comments-h">
        {t('commentsHeading')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('commentsHelp')}
      </Paragraph>
      {list.data?.length === 0 && <Paragraph data-size="sm">{t('commentsNone')}</Paragraph>}
      {!!list.data?.length && (
        <ol className="comment-list" data-testid="comments">
          {list.data.map((m) => (
            <li key={m.id}>
              <Paragraph data-size="xs" className="muted">
                {t('commentBy', { author: m.author, at: formatDateTime(m.createdAt, locale) })}
              </Paragraph>
              <Paragraph data-size="sm" className="comment-text">
                {m.text}
              </Paragraph>
            </li>
          ))}
        </ol>
      )}
      {can('comments.add') && !c.archived && (
        <form onSubmit={submit} noValidate className="comment-form">
          <Textfield
            id="comment-text"
            label={t('commentText')}
            multiline
            rows={3}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              f.clear('text');
            }}
            error={f.errorOf('text')}
          />
          <div className="actions">
            <Button type="submit" variant="secondary" disabled={add.isPending}>
              {t('commentAdd')}
            </Button>
          </div>
          <FormOutcome done={null} error={f.general} />
        </form>
      )}
    </section>
  );
}
