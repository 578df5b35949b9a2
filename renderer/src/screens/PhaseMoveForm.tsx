import { Alert, Button, Field, Heading, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  entersCompetition,
  phaseDef,
  phaseDefs,
  phaseIndex,
  TERMINAL_PHASES,
  todayInOslo,
  type CaseDetail,
  type Phase,
} from '../../../core/index.js';
import { call } from '../api/client.js';
import { useIssues } from '../lib/useIssues.js';
import { query } from '../api/queries.js';
import { useLocale } from '../i18n/locale.js';
import { DateField } from '../components/DateField.js';

/** The next phase a case normally goes to; what the form offers first. */
function nextPhase(p: Phase): Phase {
  return phaseDefs[Math.min(phaseIndex(p) + 1, phaseIndex('avsluttet'))]!.code;
}

export function PhaseMoveForm({ c }: { c: CaseDetail }) {
  const { t, label } = useLocale();
  const qc = useQueryClient();
  const [phase, setPhase] = useState<Phase>(nextPhase(c.phase));
  const [date, setDate] = useState(todayInOslo());
  const [note, setNote] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const f = useIssues();
  const [done, setDone] = useState<string | null>(null);
  const move = useMutation({
    mutationFn: () =>
      call('cases.changePhase', {
        id: c.id,
        version: c.version,
        phase,
        date,
        note,
        overrideReason: needsReason ? overrideReason : '',
      }),
    onSuccess: (saved) => {
      qc.setQueryData(query('cases.get', { id: c.id }).queryKey, saved);
      f.clear();
      setNote('');
      setOverrideReason('');
      setDone(t('moved', { phase: label(phaseDef(saved.phase)) }));
      setPhase(nextPhase(saved.phase));
    },
    onError: f.fromError,
  });

  // Moving on from planning into the competition with unshared equal-treatment items needs a stated reason.
  const needsReason = c.unsharedItems > 0 && entersCompetition(c.phase, phase);
  if (TERMINAL_PHASES.includes(c.phase)) {
    return <Alert data-color="info">{t('caseFinal', { phase: label(phaseDef(c.phase)).toLowerCase() })}</Alert>;
  }
  const err = f.errorOf;
  // What is not about one of the fields shows above them.
  const general = f.others(['phase', 'date', 'note', 'overrideReason']);

  return (
    <form
      className="move-form"
      aria-labelledby="move-h"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        setDone(null);
        move.mutate();
      }}
      noValidate
    >
      <Heading level={2} id="move-h" data-size="sm">
        {t('movePhase')}
      </Heading>
      {general.map((message) => (
        <Alert key={message} data-color="danger" role="alert">
          {message}
        </Alert>
      ))}
      <div className="row-2">
        <Field>
          <Label htmlFor="move-phase">{t('movePhaseTo')}</Label>
          <Select
            id="move-phase"
            value={phase}
            onChange={(e) => setPhase(e.target.value as Phase)}
            aria-invalid={err('phase') ? true : undefined}
          >
            {phaseDefs
              .filter((p) => p.code !== c.phase)
              .map((p) => (
                <Select.Option key={p.code} value={p.code}>
                  {label(p)}
                </Select.Option>
              ))}
          </Select>
          {err('phase') && (
            <p className="field-error" role="alert">
              {err('phase')}
            </p>
          )}
        </Field>
        <DateField id="move-date" label={t('moveDate')} value={date} onChange={setDate} error={err('date')} />
      </div>
      <Textfield
        id="move-note"
        label={t('moveNote')}
        description={t('moveNoteHelp')}
        multiline
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={err('note')}
      />
      {needsReason && (
        <>
          <Alert data-color="warning" data-size="sm" data-testid="move-unshared-warning">
            {t('unsharedWarning', { n: c.unsharedItems })}
          </Alert>
          <Textfield
            id="move-override"
            label={t('overrideReason')}
            multiline
            rows={2}
            value={overrideReason}
            onChange={(e) => setOverrideReason(e.target.value)}
            error={err('overrideReason')}
          />
        </>
      )}
      <Button type="submit" loading={move.isPending} disabled={move.isPending}>
        {t('moveSubmit')}
      </Button>
      {done && (
        <p role="status" className="status">
          {done}
        </p>
      )}
    </form>
  );
}
