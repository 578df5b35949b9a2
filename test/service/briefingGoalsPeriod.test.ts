import { describe, expect, it } from 'vitest';
import { ok, tempService } from '../helpers/tempService.js';

// A pack for a year no strategy covers has no goals: it does not show another
// period's strategy with its years empty, nor count its goals as not met.

describe('the goals of a briefing pack', () => {
  it('are those of a strategy covering the period, or none', () => {
    const s = tempService();
    ok(s, 'strategy.save', {
      strategy: {
        title: 'Innkjøpsstrategi 2025–2028',
        fromYear: 2025,
        toYear: 2028,
        goals: [{ theme: 'klima_miljo', measure: 'climate_share', target: 0.5 }],
      },
    });
    const pack = (from: string, to: string) =>
      ok(s, 'briefing.build', { title: 'Orientering', from, to, version: 'public', length: 'full' });
    const old = pack('2019-01-01', '2019-12-31');
    expect(old.goals).toBeNull();
    expect(old.summary.sentences.join(' ')).not.toContain('mål i innkjøpsstrategien');
    // A period reaching into the strategy's years has it.
    expect(pack('2024-07-01', '2025-06-30').goals?.strategyTitle).toBe('Innkjøpsstrategi 2025–2028');
    expect(pack('2026-01-01', '2026-12-31').goals?.strategyTitle).toBe('Innkjøpsstrategi 2025–2028');
  });
});
