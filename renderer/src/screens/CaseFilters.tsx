import { Button, Checkbox, Field, Label, Search, Select } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { phaseDefs, procedureDefs, themeDefs } from '../../../core/index.js';
import { query } from '../api/queries.js';
import { useLocale } from '../i18n/locale.js';
import type { CaseFilters as Filters } from './useCaseFilters.js';

interface Props {
  filters: Filters;
  onChange(f: Filters): void;
  onReset(): void;
  active: boolean;
}

function FilterSelect<T extends string>(props: {
  id: string;
  label: string;
  value: T | undefined;
  options: { value: T; label: string }[];
  onChange(v: T | undefined): void;
}) {
  const { t } = useLocale();
  return (
    <Field className="filter">
      <Label htmlFor={props.id}>{props.label}</Label>
      <Select
        id={props.id}
        data-size="sm"
        value={props.value ?? ''}
        onChange={(e) => props.onChange((e.target.value || undefined) as T | undefined)}
      >
        <Select.Option value="">{t('filterAll')}</Select.Option>
        {props.options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

export function CaseFilters({ filters, onChange, onReset, active }: Props) {
  const { t, label } = useLocale();
  const facets = useQuery(query('cases.facets', {}));
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <div className="filters" role="search">
      <Field className="filter filter-search">
        <Label htmlFor="case-search">{t('search')}</Label>
        <Search data-size="sm">
          <Search.Input
            id="case-search"
            aria-label={t('search')}
            placeholder={t('searchPlaceholder')}
            value={filters.q}
            onChange={(e) => set({ q: e.target.value })}
          />
          <Search.Clear onClick={() => set({ q: '' })} />
        </Search>
      </Field>
      <FilterSelect
        id="f-phase"
        label={t('filterPhase')}
        value={filters.phase}
        options={phaseDefs.map((p) => ({ value: p.code, label: label(p) }))}
        onChange={(phase) => set({ phase })}
      />
      <FilterSelect
        id="f-procedure"
        label={t('filterProcedure')}
        value={filters.procedure}
        options={procedureDefs.map((p) => ({ value: p.code, label: label(p) }))}
        onChange={(procedure) => set({ procedure })}
      />
      <FilterSelect
        id="f-department"
        label={t('filterDepartment')}
        value={filters.department}
        options={(facets.data?.departments ?? []).map((d) => ({ value: d, label: d }))}
        onChange={(department) => set({ department })}
      />
      <FilterSelect
        id="f-buyer"
        label={t('filterBuyer')}
        value={filters.buyer}
        options={(facets.data?.buyers ?? []).map((d) => ({ value: d, label: d }))}
        onChange={(buyer) => set({ buyer })}
      />
      <FilterSelect
        id="f-theme"
        label={t('filterTheme')}
        value={filters.theme}
        options={themeDefs.map((p) => ({ value: p.code, label: label(p) }))}
        onChange={(theme) => set({ theme })}
      />
      <FilterSelect
        id="f-year"
        label={t('filterYear')}
        value={filters.year === undefined ? undefined : String(filters.year)}
        options={(facets.data?.years ?? []).map((y) => ({ value: String(y), label: String(y) }))}
        onChange={(y) => set({ year: y ? Number(y) : undefined })}
      />
      <div className="filter filter-end">
        <Checkbox
          data-size="sm"
          label={t('includeArchived')}
          checked={filters.includeArchived}
          onChange={(e) => set({ includeArchived: e.target.checked })}
        />
        {active && (
          <Button variant="tertiary" data-size="sm" onClick={onReset}>
            {t('clearFilters')}
          </Button>
        )}
      </div>
    </div>
  );
}
