import { Tag } from '@digdir/designsystemet-react';
import { phaseDef, type Phase } from '../../../core/index.js';
import { useLocale } from '../i18n/locale.js';

const COLOR: Record<string, 'info' | 'warning' | 'success' | 'neutral' | 'danger'> = {
  planning: 'info',
  competition: 'warning',
  followup: 'success',
};

export function PhaseTag({ phase }: { phase: Phase }) {
  const { label } = useLocale();
  const def = phaseDef(phase);
  const color =
    phase === 'avlyst' ? 'danger' : phase === 'avsluttet' ? 'neutral' : (COLOR[def.stage ?? ''] ?? 'neutral');
  return (
    <Tag data-color={color} data-size="sm">
      {label(def)}
    </Tag>
  );
}
