import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { query } from '../api/queries.js';
import { useLocale } from '../i18n/locale.js';

/** Whose and which department's: a buyer (undefined: me, the name under Innstillinger; null: all) and a department (null: all). */
export interface Attention {
  buyer: string | null | undefined;
  department: string | null;
}

const ME = ':me';
const ALL = ':all';

/** The buyer and department filters of "Min oversikt" and "Frister": the buyers and departments the cases name, "me" and "all". */
export function AttentionFilters({
  value,
  onChange,
  me,
}: {
  value: Attention;
  onChange(v: Attention): void;
  me: string;
}) {
  const { t } = useLocale();
  const facets = useQuery(query('cases.facets', {}));
  const buyer = value.buyer === undefined ? ME : value.buyer === null ? ALL : value.buyer;
  return (
    <div className="filters-row" role="group" aria-label={t('attentionFilters')}>
      <Field className="filter">
        <Label htmlFor="attention-buyer">{t('filterBuyer')}</Label>
        <Select
          id="attention-buyer"
          data-size="sm"
          value={buyer}
          onChange={(e) =>
            onChange({
              ...value,
              buyer: e.target.value === ME ? undefined : e.target.value === ALL ? null : e.target.value,
            })
          }
        >
          <Select.Option value={ME}>{t('filterMe', { name: me })}</Select.Option>
          <Select.Option value={ALL}>{t('allBuyers')}</Select.Option>
          {(facets.data?.buyers ?? [])
            .filter((b) => b !== me)
            .map((b) => (
              <Select.Option key={b} value={b}>
                {b}
              </Select.Option>
            ))}
        </Select>
      </Field>
      <Field className="filter">
        <Label htmlFor="attention-department">{t('filterDepartment')}</Label>
        <Select
          id="attention-department"
          data-size="sm"
          value={value.department ?? ALL}
          onChange={(e) => onChange({ ...value, department: e.target.value === ALL ? null : e.target.value })}
        >
          <Select.Option value={ALL}>{t('allDepartments')}</Select.Option>
          {(facets.data?.departments ?? []).map((d) => (
            <Select.Option key={d} value={d}>
              {d}
            </Select.Option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
