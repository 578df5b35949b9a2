import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/**
 * A case's short list of records (notices, complaints, participants) as
 * Designsystemet's small table: its headings, then, where rows have buttons,
 * a last column named for screen readers only. The rows are the children.
 */
export function ListTable({
  testId,
  headers,
  actions,
  children,
}: {
  testId: string;
  headers: ReactNode[];
  /** The row buttons' column, by what they do (none: the rows have no buttons). */
  actions?: string | null;
  children: ReactNode;
}) {
  return (
    <Table data-size="sm" className="full" data-testid={testId}>
      <Table.Head>
        <Table.Row>
          {headers.map((h, i) => (
            <Table.HeaderCell key={i}>{h}</Table.HeaderCell>
          ))}
          {actions && (
            <Table.HeaderCell>
              <span className="visually-hidden">{actions}</span>
            </Table.HeaderCell>
          )}
        </Table.Row>
      </Table.Head>
      <Table.Body>{children}</Table.Body>
    </Table>
  );
}
