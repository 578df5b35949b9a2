import { Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { phaseDef, procedureDefs } from '../../../../core/index.js';
import { query } from '../../api/queries.js';
import { useLocale } from '../../i18n/locale.js';
import { PhaseDaysChart, StageShareBar } from './charts.js';

type GroupBy = 'none' | 'procedure' | 'department' | 'year';

export function PhaseTimesScreen() {
  const { t, label } = useLocale();
  const [groupBy, setGroupBy] = useState<GroupBy>('none');
  const q = useQuery({ ...query('analytics.phaseTimes', { groupBy }), placeholderData: keepPreviousData });
  const name = (g: string) =>
    groupBy === 'none'
      ? t('group', { group: 'none' })
      : groupBy === 'procedure'
        ? g
          ? label(procedureDefs.find((p) => p.code === g))
          : t('noProcedure')
        : g;
  return (
    <>
      <div className="page-head">
        <Heading level={1} data-size="lg">
          {t('phaseTimesHeading')}
        </Heading>
        <Field>
          <Label htmlFor="group-by">{t('groupBy')}</Label>
          <Select id="group-by" value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            {(['none', 'procedure', 'department', 'year'] as const).map((g) => (
              <Select.Option key={g} value={g}>
                {t('group', { group: g })}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <Paragraph className="muted">{t('phaseTimesHelp')}</Paragraph>
      {q.data?.groups.map((g) => (
        <section key={g.group} className="panel phase-group" aria-labelledby={`pg-${g.group || 'all'}`}>
          <h2 id={`pg-${g.group || 'all'}`} className="ds-heading" data-size="sm">
            {name(g.group)} <span className="muted">({t('casesN', { n: g.cases })})</span>
          </h2>
          <StageShareBar shares={g.shares} label={`${t('stageShare')}, ${name(g.group)}`} />
          <div className="phase-grid">
            <PhaseDaysChart stats={g.stats} label={`${t('colMedian')}, ${name(g.group)}`} />
            <Table data-size="sm" className="full">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('colPhase')}</Table.HeaderCell>
                  <Table.HeaderCell className="num">{t('colN')}</Table.HeaderCell>
                  <Table.HeaderCell className="num">{t('colMedian')}</Table.HeaderCell>
                  <Table.HeaderCell className="num">{t('colSpread')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {g.stats.map((s) => (
                  <Table.Row key={s.phase}>
                    <Table.Cell>{label(phaseDef(s.phase))}</Table.Cell>
                    <Table.Cell className="num">{s.n}</Table.Cell>
                    <Table.Cell className="num">{s.median}</Table.Cell>
                    <Table.Cell className="num">
                      {s.p25}–{s.p75}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </section>
      ))}
    </>
  );
}
