import type { Words } from '../i18n/messages.js';

// What a bundle's tables hold, in words: a refused bundle says which record
// and which of its rows is wrong ("saken 2026/700 … , fasehendelse nr. 2").
export const bundleTableWords: Record<string, Words<string>> = {
  suppliers: { nb: 'leverandøren', nn: 'leverandøren', en: 'the supplier' },
  strategies: { nb: 'strategien', nn: 'strategien', en: 'the strategy' },
  cases: { nb: 'saken', nn: 'saka', en: 'the case' },
  dialogues: { nb: 'dialogaktiviteten', nn: 'dialogaktiviteten', en: 'the dialogue activity' },
  contracts: { nb: 'kontrakten', nn: 'kontrakten', en: 'the contract' },
  supplier_contacts: { nb: 'kontaktperson', nn: 'kontaktperson', en: 'contact' },
  strategy_goals: { nb: 'mål', nn: 'mål', en: 'goal' },
  case_events: { nb: 'fasehendelse', nn: 'fasehending', en: 'phase event' },
  case_themes: { nb: 'tema', nn: 'tema', en: 'theme' },
  case_benefits: { nb: 'gevinst', nn: 'gevinst', en: 'benefit' },
  case_savings: { nb: 'besparelse', nn: 'innsparing', en: 'saving' },
  realised_savings: { nb: 'realisert besparelse', nn: 'realisert innsparing', en: 'realised saving' },
  case_protocols: { nb: 'protokoll', nn: 'protokoll', en: 'protocol' },
  case_notices: { nb: 'kunngjøring', nn: 'kunngjering', en: 'notice' },
  case_complaints: { nb: 'klage', nn: 'klage', en: 'complaint' },
  case_participants: {
    nb: 'deltaker i innkjøpssamarbeid',
    nn: 'deltakar i innkjøpssamarbeid',
    en: 'joint procurement participant',
  },
  case_dialogue_closing: { nb: 'avslutning av dialogen', nn: 'avslutning av dialogen', en: 'closing of the dialogue' },
  case_prequalified: { nb: 'prekvalifisert leverandør', nn: 'prekvalifisert leverandør', en: 'prequalified supplier' },
  dialogue_suppliers: { nb: 'deltaker', nn: 'deltakar', en: 'participant' },
  dialogue_items: { nb: 'spørsmål', nn: 'spørsmål', en: 'question' },
  contract_suppliers: { nb: 'leverandør', nn: 'leverandør', en: 'supplier' },
  contract_options: { nb: 'opsjon', nn: 'opsjon', en: 'option' },
  contract_followups: { nb: 'oppfølging', nn: 'oppfølging', en: 'follow-up' },
  contract_frameworks: { nb: 'rammeavtalevilkår', nn: 'rammeavtalevilkår', en: 'framework terms' },
  call_offs: { nb: 'avrop', nn: 'avrop', en: 'call-off' },
  audit: { nb: 'historikkoppføring', nn: 'historikkoppføring', en: 'history entry' },
};
