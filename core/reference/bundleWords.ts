import type { Locale } from '../i18n.js';

// What a bundle's tables hold, in words: a refused bundle says which record
// and which of its rows is wrong ("saken 2026/700 … , fasehendelse nr. 2").
export const bundleTableWords: Record<string, Record<Locale, string>> = {
  suppliers: { nb: 'leverandøren', en: 'the supplier' },
  strategies: { nb: 'strategien', en: 'the strategy' },
  cases: { nb: 'saken', en: 'the case' },
  dialogues: { nb: 'dialogaktiviteten', en: 'the dialogue activity' },
  contracts: { nb: 'kontrakten', en: 'the contract' },
  supplier_contacts: { nb: 'kontaktperson', en: 'contact' },
  strategy_goals: { nb: 'mål', en: 'goal' },
  case_events: { nb: 'fasehendelse', en: 'phase event' },
  case_themes: { nb: 'tema', en: 'theme' },
  case_benefits: { nb: 'gevinst', en: 'benefit' },
  case_savings: { nb: 'besparelse', en: 'saving' },
  realised_savings: { nb: 'realisert besparelse', en: 'realised saving' },
  case_protocols: { nb: 'protokoll', en: 'protocol' },
  case_dialogue_closing: { nb: 'avslutning av dialogen', en: 'closing of the dialogue' },
  case_prequalified: { nb: 'prekvalifisert leverandør', en: 'prequalified supplier' },
  dialogue_suppliers: { nb: 'deltaker', en: 'participant' },
  dialogue_items: { nb: 'spørsmål', en: 'question' },
  contract_suppliers: { nb: 'leverandør', en: 'supplier' },
  contract_options: { nb: 'opsjon', en: 'option' },
  contract_followups: { nb: 'oppfølging', en: 'follow-up' },
  audit: { nb: 'historikkoppføring', en: 'history entry' },
};
