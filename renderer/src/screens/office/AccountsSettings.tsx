import {
  Button,
  Checkbox,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH, roles, type Account, type Role } from '../../../../core/index.js';
import { useAccess } from '../../api/access.js';
import { call } from '../../api/client.js';
import { query } from '../../api/queries.js';
import { useRoleName } from '../../components/Allowed.js';
import { AuditHistory } from '../../components/AuditHistory.js';
import { FormOutcome } from '../../components/FormOutcome.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import { useLocale } from '../../i18n/locale.js';
import { useIssues } from '../../lib/useIssues.js';

// Innstillinger → Brukere: the office server's accounts, for administrators
// (on one PC, where there is no sign-in, for the person at the keyboard, who
// may do everything). Add a user, change name, role, departments or whether
// they can sign in, and set a new password. Every refusal is said beside its
// field (a user name in use, a short password, the last administrator).

const departmentsOf = (text: string): string[] =>
  text
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);

function RoleSelect({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: Role;
  onChange(r: Role): void;
  error?: string;
}) {
  const { t } = useLocale();
  const roleName = useRoleName();
  return (
    <Field>
      <Label htmlFor={id}>{t('accRole')}</Label>
      <Select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as Role)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {roles.map((r) => (
          <Select.Option key={r} value={r}>
            {roleName(r)}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage>}
    </Field>
  );
}

export function AccountsSettings() {
  const { can } = useAccess();
  if (!can('accounts.list')) return null;
  return <Accounts />;
}

function Accounts() {
  const { t } = useLocale();
  const roleName = useRoleName();
  const list = useQuery(query('accounts.list', {}));
  const [editing, setEditing] = useState<number | null>(null);
  const chosen = list.data?.find((a) => a.id === editing) ?? null;
  return (
    <section className="panel accounts" aria-labelledby="acc-h">
      <Heading level={2} data-size="sm" id="acc-h">
        {t('accHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('accIntro')}</Paragraph>
      {list.data && list.data.length === 0 && (
        <Paragraph data-size="sm" className="muted">
          {t('accNone')}
        </Paragraph>
      )}
      {list.data && list.data.length > 0 && (
        <ScrollRegion label={t('accTable')}>
          <Table data-size="sm" className="full" data-testid="accounts">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('accName')}</Table.HeaderCell>
                <Table.HeaderCell>{t('accUsername')}</Table.HeaderCell>
                <Table.HeaderCell>{t('accRole')}</Table.HeaderCell>
                <Table.HeaderCell>{t('accDepartments')}</Table.HeaderCell>
                <Table.HeaderCell>{t('accStatus')}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="visually-hidden">{t('accChange')}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.data.map((a) => (
                <Table.Row key={a.id}>
                  <Table.Cell>{a.name}</Table.Cell>
                  <Table.Cell>{a.username}</Table.Cell>
                  <Table.Cell>{roleName(a.role)}</Table.Cell>
                  <Table.Cell>{a.departments.join(', ')}</Table.Cell>
                  <Table.Cell>{a.disabled ? t('accDisabled') : t('accActive')}</Table.Cell>
                  <Table.Cell>
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-expanded={editing === a.id}
                      onClick={() => setEditing(editing === a.id ? null : a.id)}
                    >
                      {t('accEdit', { name: a.name })}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      )}
      {chosen && <EditAccount key={chosen.id} account={chosen} onClose={() => setEditing(null)} />}
      <AddAccount />
    </section>
  );
}

function AddAccount() {
  const { t } = useLocale();
  const f = useIssues();
  const empty = { username: '', name: '', role: 'innkjøper' as Role, departments: '', password: '' };
  const [form, setForm] = useState(empty);
  const [done, setDone] = useState<string | null>(null);
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => {
    setForm((x) => ({ ...x, [k]: v }));
    f.clear(k);
  };
  const input = () => ({ ...form, departments: departmentsOf(form.departments) });
  const add = useMutation({
    mutationFn: (v: ReturnType<typeof input>) => call('accounts.create', v),
    onSuccess: (a) => {
      setDone(t('accAdded', { name: a.name }));
      setForm(empty);
    },
    onError: f.fromError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    f.clear();
    setDone(null);
    const v = input();
    if (f.check('accounts.create', v)) add.mutate(v);
  };
  return (
    <form onSubmit={submit} noValidate className="account-form" aria-labelledby="acc-add-h">
      <Heading level={3} data-size="xs" id="acc-add-h">
        {t('accAddHeading')}
      </Heading>
      <div className="grid-3">
        <Textfield
          id="acc-name"
          label={t('accName')}
          value={form.name}
          onChange={(e) => set('name', e.target.value)}
          error={f.errorOf('name')}
        />
        <Textfield
          id="acc-username"
          label={t('accUsername')}
          value={form.username}
          autoComplete="off"
          onChange={(e) => set('username', e.target.value)}
          error={f.errorOf('username')}
        />
        <RoleSelect id="acc-role" value={form.role} onChange={(r) => set('role', r)} error={f.errorOf('role')} />
      </div>
      <div className="row-2">
        <Textfield
          id="acc-departments"
          label={t('accDepartments')}
          description={t('accDepartmentsHelp')}
          value={form.departments}
          onChange={(e) => set('departments', e.target.value)}
          error={f.errorOf('departments')}
        />
        <Textfield
          id="acc-password"
          label={t('accPassword')}
          description={t('accPasswordHelp', { min: MIN_PASSWORD_LENGTH })}
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={(e) => set('password', e.target.value)}
          error={f.errorOf('password')}
        />
      </div>
      <div className="actions">
        <Button type="submit" disabled={add.isPending}>
          {t('accAdd')}
        </Button>
      </div>
      <FormOutcome done={done} error={f.general} />
    </form>
  );
}

function EditAccount({ account, onClose }: { account: Account; onClose(): void }) {
  const { t } = useLocale();
  const f = useIssues();
  const p = useIssues();
  const [form, setForm] = useState({
    name: account.name,
    role: account.role,
    departments: account.departments.join(', '),
    disabled: account.disabled,
  });
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => {
    setForm((x) => ({ ...x, [k]: v }));
    f.clear(k);
  };
  const input = () => ({
    id: account.id,
    version: account.version,
    ...form,
    departments: departmentsOf(form.departments),
  });
  const save = useMutation({
    mutationFn: (v: ReturnType<typeof input>) => call('accounts.update', v),
    onSuccess: (a) => setDone(t('accSaved', { name: a.name })),
    onError: f.fromError,
  });
  const setPw = useMutation({
    mutationFn: () => call('accounts.setPassword', { id: account.id, password }),
    onSuccess: (a) => {
      setPassword('');
      setDone(t('accPasswordSet', { name: a.name }));
    },
    onError: p.fromError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    f.clear();
    setDone(null);
    const v = input();
    if (f.check('accounts.update', v)) save.mutate(v);
  };
  const submitPassword = (e: FormEvent) => {
    e.preventDefault();
    p.clear();
    setDone(null);
    setPw.mutate();
  };
  return (
    <div className="account-edit" data-testid="account-edit">
      <form onSubmit={submit} noValidate aria-labelledby="acc-edit-h">
        <Heading level={3} data-size="xs" id="acc-edit-h">
          {t('accEditHeading', { name: account.name })}
        </Heading>
        <div className="row-2">
          <Textfield
            id="acc-edit-name"
            label={t('accName')}
            value={form.name}
            onChange={(e) => set('name', e.target.value)}
            error={f.errorOf('name')}
          />
          <RoleSelect id="acc-edit-role" value={form.role} onChange={(r) => set('role', r)} error={f.errorOf('role')} />
        </div>
        <Textfield
          id="acc-edit-departments"
          label={t('accDepartments')}
          description={t('accDepartmentsHelp')}
          value={form.departments}
          onChange={(e) => set('departments', e.target.value)}
          error={f.errorOf('departments')}
        />
        <Field>
          <Checkbox
            id="acc-edit-disabled"
            label={t('accDisable')}
            checked={form.disabled}
            onChange={(e) => set('disabled', e.target.checked)}
            aria-invalid={f.errorOf('disabled') ? true : undefined}
            aria-describedby={f.errorOf('disabled') ? 'acc-edit-disabled-error' : undefined}
          />
          {f.errorOf('disabled') && (
            <ValidationMessage id="acc-edit-disabled-error">{f.errorOf('disabled')}</ValidationMessage>
          )}
        </Field>
        <div className="actions">
          <Button type="submit" disabled={save.isPending}>
            {t('save')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('accClose')}
          </Button>
        </div>
        <FormOutcome done={done} error={f.general ?? p.general} />
      </form>
      <form onSubmit={submitPassword} noValidate className="account-password" aria-label={t('accSetPassword')}>
        <Textfield
          id="acc-edit-password"
          label={t('accNewPassword')}
          description={t('accPasswordHelp', { min: MIN_PASSWORD_LENGTH })}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => {
            setPassword(e.target.value);
            p.clear('password');
          }}
          error={p.errorOf('password')}
        />
        <div className="actions">
          <Button type="submit" variant="secondary" disabled={setPw.isPending}>
            {t('accSetPassword')}
          </Button>
        </div>
      </form>
      <AuditHistory entity="account" id={account.id} />
    </div>
  );
}
