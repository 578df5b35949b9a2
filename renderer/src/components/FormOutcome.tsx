import { Alert } from '@digdir/designsystemet-react';

/**
 * What came of sending a form, under it: what was done (announced politely
 * to screen readers as a status) or the error that is about no one field.
 */
export function FormOutcome({ done, error }: { done: string | null; error: string | null | undefined }) {
  return (
    <>
      {done && (
        <Alert data-color="success" role="status">
          {done}
        </Alert>
      )}
      {error && <Alert data-color="danger">{error}</Alert>}
    </>
  );
}
