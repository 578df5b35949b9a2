import { Button } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import type { ListExport } from '../../../core/index.js';
import { download, exportFile } from '../api/exportFile.js';
import { useLocale } from '../i18n/locale.js';

/** "Eksporter til Excel": the list as filtered on screen, every row, as an .xlsx (`label`: a button that names which list, where a screen has more than one). */
export function ExportXlsxButton({ spec, label }: { spec: ListExport; label?: string }) {
  const { t, locale } = useLocale();
  const run = useMutation({ mutationFn: () => exportFile('xlsx', spec, locale), onSuccess: download });
  return (
    <Button variant="tertiary" onClick={() => run.mutate()} disabled={run.isPending} title={run.error?.message}>
      {label ?? t('exportXlsx')}
    </Button>
  );
}
