import { Button, Field, Heading, Label, Paragraph, Select, Spinner, Textfield } from '@digdir/designsystemet-react';
import {
  OPTION_LEAD_MONTHS,
  PAY_CONTROL_INTERVALS,
  SPLITTING_CPV_DIGITS,
  type NormPhase,
} from '../../../core/index.js';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { SETTINGS_RECORD_ID } from '../../../core/index.js';
import { call } from '../api/client.js';
import { query } from '../api/queries.js';
import { AuditHistory } from '../components/AuditHistory.js';
import { useLocale } from '../i18n/locale.js';
import { useIssues } from '../lib/useIssues.js';
import { ThresholdSettings } from './ThresholdSettings.js';
import { AccountsSettings } from './office/AccountsSettings.js';
import { OwnPassword } from './office/OwnPassword.js';
import { normInputs, normValues, PhaseNormFields } from './PhaseNormsSettings.js';
import { FormOutcome } from '../components/FormOutcome.js';
import { Allowed } from '../components/Allowed.js';
import { OfficeSettings } from './office/OfficeSettings.js';

/** The name the history records for changes made on this PC (the OS user until one is set). */
export function SettingsScreen() {
  const q = useQuery(query('settings.get', {}));
  // The office server's connection stays within reach when the register's settings cannot be read (a role without them).
  if (!q.data)
    return (
      <>
        {!q.error && <Spinner aria-label="…" />}
        <OfficeSettings />
      </>
    );
  return (
    <>
      <SettingsForm
        initial={q.data.userNameSet ? q.data.userName : ''}
        osUser={q.data.userNameDefault}
        org={{ name: q.data.organisationName, orgnr: q.data.organisationOrgnr }}
        policy={{
          interval: q.data.payControlIntervalMonths,
          retention: q.data.retentionPlan,
          digits: q.data.splittingCpvDigits,
          optionLead: q.data.optionLeadMonths,
          norms: q.data.phaseNorms,
        }}
      />
      <OfficeSettings />
      <ThresholdSettings />
      <OwnPassword />
      <AccountsSettings />
    </>
  );
}

function SettingsForm({
  initial,
  osUser,
  org,
  policy,
}: {
  initial: string;
  osUser: string;
  org: { name: string; orgnr: string };
  policy: { interval: number; retention: string; digits: number; optionLead: number; norms: Record<NormPhase, number> };
}) {
  const { t } = useLocale();
  const f = useIssues();
  const [name, setName] = useState(initial);
  const [orgName, setOrgName] = useState(org.name);
  const [orgnr, setOrgnr] = useState(org.orgnr);
  const [interval, setControlInterval] = useState(String(policy.interval));
  const [retention, setRetention] = useState(policy.retention);
  const [digits, setDigits] = useState(String(policy.digits));
  const [optionLead, setOptionLead] = useState(String(policy.optionLead));
  const [norms, setNorms] = useState(() => normInputs(policy.norms));
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () =>
      call('settings.set', {
        userName: name,
        organisationName: orgName,
        organisationOrgnr: orgnr.replace(/\s/g, ''),
        payControlIntervalMonths: Number(interval) as (typeof PAY_CONTROL_INTERVALS)[number],
        retentionPlan: retention,
        splittingCpvDigits: Number(digits) as (typeof SPLITTING_CPV_DIGITS)[number],
        optionLeadMonths: Number(optionLead) as (typeof OPTION_LEAD_MONTHS)[number],
        phaseNorms: normValues(norms),
      }),
    onSuccess: (s) => setSaved(t('settingsSaved', { name: s.userName })),
    onError: f.fromError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    f.clear();
    setSaved(null);
    save.mutate();
  };
  return (
    <>
      <form className="narrow-form" onSubmit={submit} noValidate>
        <Heading level={1} data-size="lg">
          {t('settingsHeading')}
        </Heading>
        <div className="panel form-main">
          <Textfield
            id="f-userName"
            label={t('settingsUserName')}
            description={t('settingsUserNameHelp', { user: osUser })}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={f.errorOf('userName')}
          />
          <Textfield
            id="f-organisationName"
            label={t('settingsOrgName')}
            description={t('settingsOrgHelp')}
            value={orgName}
            onChange={(e) => setOrgName(e.target.value)}
            error={f.errorOf('organisationName')}
          />
          <Textfield
            id="f-organisationOrgnr"
            label={t('settingsOrgnr')}
            value={orgnr}
            onChange={(e) => setOrgnr(e.target.value)}
            error={f.errorOf('organisationOrgnr')}
            inputMode="numeric"
          />
          <Field>
            <Label htmlFor="f-payControlIntervalMonths">{t('settingsPayInterval')}</Label>
            <Field.Description>{t('settingsPayIntervalHelp')}</Field.Description>
            <Select
              id="f-payControlIntervalMonths"
              value={interval}
              onChange={(e) => setControlInterval(e.target.value)}
            >
              {PAY_CONTROL_INTERVALS.map((n) => (
                <Select.Option key={n} value={String(n)}>
                  {n === 0 ? t('settingsPayIntervalNone') : t('settingsPayIntervalMonths', { n })}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor="f-splittingCpvDigits">{t('settingsSplitting')}</Label>
            <Field.Description>{t('settingsSplittingHelp')}</Field.Description>
            <Select id="f-splittingCpvDigits" value={digits} onChange={(e) => setDigits(e.target.value)}>
              {SPLITTING_CPV_DIGITS.map((n) => (
                <Select.Option key={n} value={String(n)}>
                  {t('settingsSplittingDigits', { digits: `${n}` })}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor="f-optionLeadMonths">{t('settingsOptionLead')}</Label>
            <Field.Description>{t('settingsOptionLeadHelp')}</Field.Description>
            <Select id="f-optionLeadMonths" value={optionLead} onChange={(e) => setOptionLead(e.target.value)}>
              {OPTION_LEAD_MONTHS.map((n) => (
                <Select.Option key={n} value={String(n)}>
                  {t('settingsOptionLeadMonths', { n })}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            id="f-retentionPlan"
            label={t('settingsRetention')}
            description={t('settingsRetentionHelp')}
            multiline
            rows={2}
            value={retention}
            onChange={(e) => setRetention(e.target.value)}
            error={f.errorOf('retentionPlan')}
          />
          <PhaseNormFields value={norms} onChange={setNorms} errorOf={f.errorOf} />
          <Allowed method="settings.set" explain>
            <div className="actions">
              <Button type="submit" disabled={save.isPending}>
                {t('save')}
              </Button>
            </div>
          </Allowed>
          <FormOutcome done={saved} error={f.general} />
          <Paragraph data-size="sm" className="muted">
            {t('settingsNote')}
          </Paragraph>
        </div>
      </form>
      <AuditHistory entity="settings" id={SETTINGS_RECORD_ID} />
    </>
  );
}
