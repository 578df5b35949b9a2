import { Heading } from '@digdir/designsystemet-react';
import { useLocale } from '../../i18n/locale.js';
import { OcdsForm } from './OcdsForm.js';
import { BundleForm } from './BundleForm.js';
import { Allowed } from '../../components/Allowed.js';

/** Moving data without a network: to another PC (bundle) and to other systems (OCDS). */
export function ExchangePanel() {
  const { t } = useLocale();
  return (
    <section className="panel" aria-labelledby="exchange-heading">
      <Heading level={2} data-size="md" id="exchange-heading">
        {t('exchangeHeading')}
      </Heading>
      <Allowed method="bundle.import" explain>
        <BundleForm />
      </Allowed>
      <OcdsForm />
    </section>
  );
}
