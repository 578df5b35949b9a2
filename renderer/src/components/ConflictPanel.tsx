import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { formatDateTime } from '../../../core/index.js';
import type { ApiError } from '../api/client.js';
import { fieldValueText, fieldWord } from '../i18n/fieldValues.js';
import { useLocale } from '../i18n/locale.js';

/** A stale edit's answer (409): who saved, when, and the record as it is now. */
export type Conflict = NonNullable<ApiError['conflict']>;

/**
 * The user's edit reapplied on their version: each field the user changed
 * (from what they opened) as the user has it, every other field as they saved
 * it. What "Bruk mine" saves, and the user's column of the panel.
 */
export function reapplied<T extends object>(mine: T, opened: T, theirs: T): T {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  const out = { ...theirs };
  for (const k of Object.keys(mine) as (keyof T)[]) if (!same(mine[k], opened[k])) out[k] = mine[k];
  return out;
}

/** The fields where the user's values differ from theirs, as the contract's input names them. */
export function conflictRows(mine: Record<string, unknown>, theirs: Record<string, unknown>): string[] {
  return Object.keys(mine).filter((k) => JSON.stringify(mine[k] ?? null) !== JSON.stringify(theirs[k] ?? null));
}

/**
 * Shown in place of a form's error when someone else saved the record while
 * the user was typing: who and when, their values beside the user's own for
 * each field the user changed that differs, and the two ways on: take theirs
 * (the form is filled with their version) or reapply the user's changes on
 * top of it (saved at once, on the new version; what they changed and the
 * user did not stays theirs). Nothing the user typed is lost until they
 * choose.
 */
export function ConflictPanel({
  conflict,
  mine,
  theirs,
  onTheirs,
  onMine,
  labelOf,
  busy,
}: {
  conflict: Conflict;
  /** The user's edit reapplied on their version (`reapplied`), and theirs, each as the method's input. */
  mine: Record<string, unknown>;
  theirs: Record<string, unknown>;
  onTheirs(): void;
  onMine(): void;
  /** The form's own word for a field, where it has one (else the history's). */
  labelOf?: (field: string) => string | undefined;
  busy?: boolean;
}) {
  const { t, locale } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  // Said at once: focus goes to the panel's heading, as the error summary's does.
  useEffect(() => heading.current?.focus(), [conflict]);
  const rows = conflictRows(mine, theirs);
  return (
    <Alert data-color="warning" className="conflict-panel" data-testid="conflict-panel">
      <Heading level={2} data-size="xs" ref={heading} tabIndex={-1}>
        {conflict.by && conflict.at
          ? t('conflictHeading', { by: conflict.by, when: formatDateTime(conflict.at, locale) })
          : t('conflictHeadingNobody')}
      </Heading>
      <Paragraph data-size="sm">{t('conflictIntro')}</Paragraph>
      {rows.length ? (
        <Table data-size="sm" className="conflict-table">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('conflictField')}</Table.HeaderCell>
              <Table.HeaderCell>{t('conflictTheirs')}</Table.HeaderCell>
              <Table.HeaderCell>{t('conflictMine')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((k) => (
              <Table.Row key={k}>
                <Table.HeaderCell scope="row">{labelOf?.(k) ?? fieldWord(k, t)}</Table.HeaderCell>
                <Table.Cell>{fieldValueText(k, theirs[k], t, locale)}</Table.Cell>
                <Table.Cell>{fieldValueText(k, mine[k], t, locale)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Paragraph data-size="sm">{t('conflictNoDifference')}</Paragraph>
      )}
      <div className="conflict-actions">
        <Button type="button" variant="secondary" onClick={onTheirs} disabled={busy}>
          {t('useTheirs')}
        </Button>
        <Button type="button" onClick={onMine} disabled={busy}>
          {t('useMine')}
        </Button>
      </div>
    </Alert>
  );
}
