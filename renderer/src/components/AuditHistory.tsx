import { Heading } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime, render, type AuditEntity } from '../../../core/index.js';
import { query } from '../api/queries.js';
import { useLocale } from '../i18n/locale.js';
import { strings } from '../i18n/strings.js';
import { fieldValueText, fieldWord } from '../i18n/fieldValues.js';
import { useAccess } from '../api/access.js';

function reasonOf(changes: { field: string; after: unknown }[]): string | null {
  const r = changes.find((c) => c.field === 'reason')?.after;
  return typeof r === 'string' && r ? r : null;
}

/** A record's audit trail: who changed what and when, each field before and after; entries from another PC are marked. Read only. */
export function AuditHistory(props: { entity: AuditEntity; id: number }) {
  // The history is the office's (it holds text under the duty of confidentiality): not for a need owner.
  return useAccess().can('audit.forRecord') ? <History {...props} /> : null;
}

function History({ entity, id }: { entity: AuditEntity; id: number }) {
  const { t, locale } = useLocale();
  const [open, setOpen] = useState<Record<number, boolean>>({});
  const q = useQuery(query('audit.forRecord', { entity, id }));
  // A field that reads the same before and after (nothing → nothing when a record is made) says nothing.
  const visible = (changes: { field: string; before: unknown; after: unknown }[]) =>
    changes.filter((c) => fieldValueText(c.field, c.before, t, locale) !== fieldValueText(c.field, c.after, t, locale));
  // A method this version has no words for (from a newer Anskaff's history) is shown as its name.
  const what = (method: string) => render(strings.auditAction, locale, { method });
  return (
    <section className="panel audit" aria-labelledby={`audit-${entity}-${id}`}>
      <Heading level={2} data-size="sm" id={`audit-${entity}-${id}`}>
        {t('auditHeading')}
      </Heading>
      {q.data && q.data.length === 0 && <p className="muted">{t('auditEmpty')}</p>}
      <ol className="audit-list" data-testid="audit-list">
        {q.data?.map((e, i) => (
          <li key={i} className={e.imported ? 'imported' : undefined}>
            {/* Native details: the changes are drawn only once an entry is opened. */}
            <details onToggle={(ev) => setOpen((o) => ({ ...o, [i]: (ev.target as HTMLDetailsElement).open }))}>
              <summary>
                {formatDateTime(e.at, locale)} · {e.by} · {what(e.method)}
                {/* A reason given with the write (an option's decision undone) is said on the entry itself. */}
                {reasonOf(e.changes) && <span data-testid="audit-reason">: «{reasonOf(e.changes)}»</span>} (
                {t('auditFields', { n: visible(e.changes).length })})
                {/* Another PC's entry, taken in with a bundle: said on the entry itself, so it never reads as this PC's own. */}
                {e.imported && (
                  <span className="audit-imported" data-testid="audit-imported">
                    {t('auditImported', {
                      file: e.imported.fileName,
                      by: e.imported.exportedBy,
                      date: formatDateTime(e.imported.exportedAt, locale),
                    })}
                  </span>
                )}
              </summary>
              {open[i] && (
                <dl className="audit-changes">
                  {visible(e.changes).map((c) => (
                    <div key={c.field}>
                      <dt>{fieldWord(c.field, t)}</dt>
                      <dd>
                        <span className="before">{fieldValueText(c.field, c.before, t, locale)}</span> →{' '}
                        <span className="after">{fieldValueText(c.field, c.after, t, locale)}</span>
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
