import { Button } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { call } from '../api/client.js';
import { download, exportFile } from '../api/exportFile.js';
import { useLocale } from '../i18n/locale.js';

/** One case to another PC (a bundle with everything linked to it) or to another system (OCDS 1.1). */
export function CaseExportButtons({ id, caseNumber }: { id: number; caseNumber: string }) {
  const { t, locale } = useLocale();
  const bundle = useMutation({
    mutationFn: () => exportFile('bundle', { caseIds: [id] }, locale),
    onSuccess: download,
  });
  const ocds = useMutation({
    mutationFn: () => call('exchange.ocds', { caseIds: [id] }),
    onSuccess: (pkg) =>
      download({
        bytes: new TextEncoder().encode(JSON.stringify(pkg, null, 2)),
        fileName: `ocds-${caseNumber.replace('/', '-')}.json`,
        contentType: 'application/json',
        pages: null,
      }),
  });
  const error = bundle.error ?? ocds.error;
  return (
    <>
      <Button variant="tertiary" onClick={() => bundle.mutate()} disabled={bundle.isPending}>
        {t('caseBundle')}
      </Button>
      <Button variant="tertiary" onClick={() => ocds.mutate()} disabled={ocds.isPending} title={error?.message}>
        {t('caseOcds')}
      </Button>
      {error && (
        <span role="alert" className="warn-text">
          {error.message}
        </span>
      )}
    </>
  );
}
