import { Button, Search } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { kindDefs, type Kind } from '../../../core/index.js';
import { query } from '../api/queries.js';
import { useLocale } from '../i18n/locale.js';
import { useDebounced } from '../lib/useDebounced.js';

/**
 * The case's CPV code, found by code or by words as you type (CPV 2008, in
 * bokmål or English). Picking one shows the kind of contract it suggests,
 * which the user can take with one click.
 */
export function CpvPicker({
  code,
  label: current,
  kind,
  onPick,
  onKind,
  error,
}: {
  code: string;
  label: string;
  kind: Kind | '';
  onPick(c: { code: string; label: string; kind: Kind } | null): void;
  onKind(k: Kind): void;
  error?: string;
}) {
  const { t, label } = useLocale();
  const [q, setQ] = useState('');
  const dq = useDebounced(q, 120);
  const found = useQuery({ ...query('reference.cpv', { q: dq, limit: 12 }), enabled: dq.trim().length > 1 });
  const [suggested, setSuggested] = useState<Kind | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const pick = (c: { code: string; label: string; kind: Kind }) => {
    onPick(c);
    setSuggested(c.kind === kind ? null : c.kind);
    setQ('');
    // Chosen (with Enter, or a click): on to the next field of the form, as a select would.
    requestAnimationFrame(() => nextField(box.current)?.focus());
  };
  return (
    <div className="picker" id="f-cpvCode" tabIndex={-1} ref={box}>
      <label htmlFor="cpv-search" className="ds-label" data-size="sm">
        {t('fieldCpv')}
      </label>
      <p className="muted" data-testid="cpv-current">
        {code ? current || code : t('cpvNone')}
      </p>
      {error && (
        <p className="ds-validation-message" data-color="danger">
          {error}
        </p>
      )}
      <Search data-size="sm">
        <Search.Input
          id="cpv-search"
          aria-label={t('cpvSearch')}
          placeholder={t('cpvSearchHint')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          autoComplete="off"
          onKeyDown={(e) => {
            // Enter in the search chooses the first code found; it never sends the form the picker sits in.
            if (e.key !== 'Enter') return;
            e.preventDefault();
            const first = found.data?.[0];
            if (first && dq === q) pick(first);
          }}
        />
        <Search.Clear onClick={() => setQ('')} />
      </Search>
      {dq.trim().length > 1 && (
        <ul className="picker-results" aria-label={t('cpvResults')}>
          {found.data?.map((c) => (
            <li key={c.code}>
              <span>{c.label}</span>
              <Button
                type="button"
                variant="secondary"
                data-size="sm"
                aria-label={`${t('cpvPick')}: ${c.label}`}
                onClick={() => pick(c)}
              >
                {t('cpvPick')}
              </Button>
            </li>
          ))}
          {found.data && found.data.length === 0 && <li className="muted">{t('cpvNoHits')}</li>}
        </ul>
      )}
      {suggested && suggested !== kind && (
        <p className="cpv-suggestion" role="status">
          {t('cpvSuggestsKind', { kind: label(kindDefs.find((k) => k.code === suggested)) })}{' '}
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            onClick={() => (onKind(suggested), setSuggested(null))}
          >
            {t('cpvUseKind')}
          </Button>
        </p>
      )}
      {code && (
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => onPick(null)}>
          {t('cpvClear')}
        </Button>
      )}
    </div>
  );
}

const FOCUSABLE =
  'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** The first field after the picker in the page's order (the picker's own buttons passed over). */
function nextField(picker: HTMLElement | null): HTMLElement | null {
  if (!picker) return null;
  const all = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)];
  return (
    all.find((el) => !picker.contains(el) && picker.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) ??
    null
  );
}
