import { Button, Search } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { query } from '../api/queries.js';
import { useLocale } from '../i18n/locale.js';
import { useDebounced } from '../lib/useDebounced.js';

/** Finds a supplier by what is typed and hands it to `onPick`; those in `exclude` are not offered. */
export function SupplierPicker({
  id,
  label,
  onPick,
  exclude = [],
  actionLabel,
}: {
  id: string;
  label: string;
  onPick(s: { id: number; name: string; orgnr: string }): void;
  exclude?: number[];
  actionLabel?: string;
}) {
  const { t } = useLocale();
  const [q, setQ] = useState('');
  const dq = useDebounced(q, 150);
  const found = useQuery({ ...query('suppliers.list', { q: dq, limit: 8 }), enabled: dq.trim().length > 0 });
  const items = (found.data?.items ?? []).filter((s) => !exclude.includes(s.id));
  return (
    <div className="picker">
      <label htmlFor={id} className="ds-label" data-size="sm">
        {label}
      </label>
      <Search data-size="sm">
        <Search.Input id={id} aria-label={label} value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
        <Search.Clear onClick={() => setQ('')} />
      </Search>
      {dq.trim() && (
        <ul className="picker-results">
          {items.map((s) => (
            <li key={s.id}>
              <span>
                {s.name} <span className="muted mono">{s.orgnr}</span>
              </span>
              <Button
                type="button"
                variant="secondary"
                data-size="sm"
                onClick={() => {
                  onPick({ id: s.id, name: s.name, orgnr: s.orgnr });
                  setQ('');
                }}
                aria-label={`${actionLabel ?? t('addSupplier')}: ${s.name}`}
              >
                {actionLabel ?? t('addSupplier')}
              </Button>
            </li>
          ))}
          {found.data && items.length === 0 && <li className="muted">{t('noSuppliers')}</li>}
        </ul>
      )}
    </div>
  );
}
