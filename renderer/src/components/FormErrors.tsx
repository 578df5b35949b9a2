import { Alert, ErrorSummary } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import type { FieldIssue } from '../../../core/index.js';
import { useLocale } from '../i18n/locale.js';

/**
 * The summary at the top of a form: each problem as a link to its field
 * (id `f-<first path segment>`), focused when it appears so screen readers
 * announce it. A general error (conflict, network) shows as an alert.
 */
export function FormErrors({
  issues,
  general,
  labelOf,
}: {
  issues: FieldIssue[];
  general?: string | null;
  labelOf(path: string): string | undefined;
}) {
  const { t } = useLocale();
  useEffect(() => {
    if (issues.length) document.getElementById('error-summary')?.focus();
  }, [issues]);
  return (
    <>
      {issues.length > 0 && (
        <ErrorSummary id="error-summary" tabIndex={-1}>
          <ErrorSummary.Heading>{t('errorSummary')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {issues.map((i) => {
              const id = `f-${i.path.split('.')[0]}`;
              const label = labelOf(i.path);
              return (
                <ErrorSummary.Item key={i.path + i.message}>
                  <ErrorSummary.Link
                    href={`#${id}`}
                    onClick={(e) => (e.preventDefault(), document.getElementById(id)?.focus())}
                  >
                    {label ? `${label}: ` : ''}
                    {i.message}
                  </ErrorSummary.Link>
                </ErrorSummary.Item>
              );
            })}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {general && (
        <Alert data-color="danger" role="alert">
          {general}
        </Alert>
      )}
    </>
  );
}
