import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { todayInOslo } from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { download } from '../../api/exportFile.js';
import { useLocale } from '../../i18n/locale.js';
import { useIssues } from '../../lib/useIssues.js';
import { DateField } from '../../components/DateField.js';
import { FormOutcome } from '../../components/FormOutcome.js';

/** Downloads an OCDS 1.1 release package of the cases registered in a period. */
export function OcdsForm() {
  const { t } = useLocale();
  const f = useIssues();
  const today = todayInOslo();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [prefix, setPrefix] = useState('ocds-anskaf');
  const [done, setDone] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: () => call('exchange.ocds', { from, to, ocidPrefix: prefix }),
    onSuccess: async (pkg) => {
      const fileName = `ocds-${from}-${to}.json`;
      const saved = await download({
        bytes: new TextEncoder().encode(JSON.stringify(pkg, null, 2)),
        fileName,
        contentType: 'application/json',
        pages: null,
      });
      if (saved) setDone(t('ocdsDone', { n: pkg.releases.length, file: saved }));
    },
    onError: f.fromError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    f.clear();
    setDone(null);
    run.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="exchange-form">
      <Heading level={3} data-size="xs">
        {t('ocdsHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('ocdsIntro')}</Paragraph>
      <div className="row-3">
        <DateField id="ocds-from" label={t('ocdsFrom')} value={from} onChange={setFrom} error={f.errorOf('from')} />
        <DateField id="ocds-to" label={t('ocdsTo')} value={to} onChange={setTo} error={f.errorOf('to')} />
        <Textfield
          id="ocds-prefix"
          label={t('ocdsPrefix')}
          description={t('ocdsPrefixHelp')}
          value={prefix}
          onChange={(e) => setPrefix(e.target.value)}
          error={f.errorOf('ocidPrefix')}
        />
      </div>
      <div className="actions">
        <Button type="submit" variant="secondary" disabled={run.isPending}>
          {t('ocdsExport')}
        </Button>
      </div>
      <FormOutcome done={done} error={f.general} />
    </form>
  );
}
