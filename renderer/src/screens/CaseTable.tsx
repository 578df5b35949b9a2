import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import {
  formatDate,
  formatNok,
  procedureDefs,
  type CaseSort,
  type CaseSummary,
  type Output,
} from '../../../core/index.js';
import { call } from '../api/client.js';
import { PhaseTag } from '../components/PhaseTag.js';
import { useLocale } from '../i18n/locale.js';
import type { StringKey } from '../i18n/strings.js';
import { href, navigate } from '../lib/router.js';
import type { CaseFilters } from './useCaseFilters.js';

const PAGE = 100;
const ROW_HEIGHT = 48;

const COLUMNS: { key: string; label: StringKey; sort?: CaseSort; className?: string }[] = [
  { key: 'caseNumber', label: 'colCaseNumber', sort: 'caseNumber' },
  { key: 'title', label: 'colTitle', sort: 'title' },
  { key: 'department', label: 'colDepartment' },
  { key: 'buyer', label: 'colBuyer' },
  { key: 'phase', label: 'colPhase' },
  { key: 'procedure', label: 'colProcedure' },
  { key: 'value', label: 'colValue', sort: 'estimatedValue', className: 'num' },
  { key: 'phaseSince', label: 'colPhaseSince', sort: 'phaseSince' },
];

type Query = Omit<CaseFilters, 'q'> & { q: string };

function pageQuery(q: Query, page: number) {
  return {
    queryKey: ['cases.list', q, page],
    queryFn: () => call('cases.list', { ...q, offset: page * PAGE, limit: PAGE }),
    staleTime: 5_000,
  };
}

/**
 * The case list as an ARIA table whose rows are virtualised: only the rows in
 * view exist in the DOM, and each page of 100 is fetched when it scrolls into
 * view, so 100,000 cases scroll as smoothly as 100.
 */
export function CaseTable({
  query,
  onSort,
  onTotal,
}: {
  query: Query;
  onSort(sort: CaseSort): void;
  onTotal?(n: number): void;
}) {
  const { t, label, locale } = useLocale();
  const scrollRef = useRef<HTMLDivElement>(null);
  const first = useQuery({ ...pageQuery(query, 0), placeholderData: keepPreviousData });
  const total = first.data?.total ?? 0;
  useEffect(() => {
    if (first.data) onTotal?.(total);
  }, [first.data, total, onTotal]);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const pages = [...new Set(items.map((i) => Math.floor(i.index / PAGE)))].filter((p) => p > 0);
  const rest = useQueries({ queries: pages.map((p) => pageQuery(query, p)) });
  const pageData = new Map<number, Output<'cases.list'>>();
  if (first.data) pageData.set(0, first.data);
  pages.forEach((p, i) => {
    const d = rest[i]?.data;
    if (d) pageData.set(p, d);
  });
  const rowAt = (index: number): CaseSummary | undefined => pageData.get(Math.floor(index / PAGE))?.items[index % PAGE];

  return (
    <div className="case-table-wrap" ref={scrollRef} tabIndex={0} aria-label={t('casesHeading')} role="region">
      <div
        role="table"
        aria-label={t('casesHeading')}
        aria-rowcount={total + 1}
        className="case-table"
        aria-busy={first.isFetching}
      >
        <div role="rowgroup" className="case-head">
          <div role="row" aria-rowindex={1} className="case-row">
            {COLUMNS.map((c) => {
              const sorted = c.sort && query.sort === c.sort;
              return (
                <div
                  key={c.key}
                  role="columnheader"
                  className={`cell ${c.className ?? ''}`}
                  aria-sort={sorted ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {c.sort ? (
                    <button
                      type="button"
                      className="sort"
                      onClick={() => onSort(c.sort!)}
                      title={t('sortBy', { col: t(c.label) })}
                    >
                      {t(c.label)}
                      <span aria-hidden="true" className="sort-mark">
                        {sorted ? (query.dir === 'asc' ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  ) : (
                    t(c.label)
                  )}
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" className="case-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((v) => {
            const row = rowAt(v.index);
            return (
              <div
                key={v.key}
                role="row"
                aria-rowindex={v.index + 2}
                className={`case-row ${row?.archived ? 'is-archived' : ''}`}
                style={{ transform: `translateY(${v.start}px)`, height: ROW_HEIGHT }}
                onClick={(e) => {
                  if (row && !(e.target as HTMLElement).closest('a')) navigate(href.case(row.id));
                }}
              >
                {row ? (
                  <>
                    <div role="cell" className="cell mono">
                      {row.caseNumber}
                    </div>
                    <div role="cell" className="cell title">
                      <a href={href.case(row.id)}>{row.title}</a>
                      {row.archived && <span className="archived-mark"> ({t('archived')})</span>}
                    </div>
                    <div role="cell" className="cell">
                      {row.department}
                    </div>
                    <div role="cell" className="cell">
                      {row.buyer}
                    </div>
                    <div role="cell" className="cell">
                      <PhaseTag phase={row.phase} />
                    </div>
                    <div role="cell" className="cell">
                      {row.procedure ? label(procedureDefs.find((p) => p.code === row.procedure)) : t('none')}
                    </div>
                    <div role="cell" className="cell num">
                      {formatNok(row.estimatedValue, locale)}
                    </div>
                    <div role="cell" className="cell">
                      {formatDate(row.phaseSince, locale)}
                    </div>
                  </>
                ) : (
                  <div role="cell" className="cell placeholder">
                    {t('loading')}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
      {first.data && total === 0 && <p className="empty">{t('noMatches')}</p>}
    </div>
  );
}
