// Anskaff's one i18n system (core/i18n/messages.ts): every word it shows,
// prints or sends is a message of a catalogue made with defineMessages, in
// bokmål, nynorsk and English. This module is its public face: the languages,
// the shape, and `t` over the service's own messages. How to add a message:
// core/README.md.
import { translator, hasMessage } from './i18n/messages.js';
import { serviceMessages } from './i18n/service.js';
import type { TransitionProblem } from './rules/phaseRules.js';

export { locales, DEFAULT_LOCALE, isLocale, localeOr, intlTag, pickLocale, type Locale } from './i18n/locale.js';
export {
  defineMessages,
  translator,
  render,
  fill,
  wordsIn,
  hasMessage,
  isChoice,
  type Words,
  type Plural,
  type Text,
  type Choice,
  type Message,
  type Params,
  type ArgsOf,
} from './i18n/messages.js';
export { serviceMessages } from './i18n/service.js';
export { fileNameWords } from './i18n/fileNames.js';

export type MessageKey = keyof typeof serviceMessages;

export function isMessageKey(s: string): s is MessageKey {
  return hasMessage(serviceMessages, s);
}

/** A message of the service with its parameters filled in; `{n:int}` writes a number grouped as the language does ("300 000", "300,000"). */
export const t = translator(serviceMessages);

/** Each refused phase move's message: written out, so a problem without words does not compile. */
export const TRANSITION_MESSAGES = {
  samePhase: 'transition_samePhase',
  fromTerminal: 'transition_fromTerminal',
  cancelNeedsReason: 'transition_cancelNeedsReason',
  backwardNeedsNote: 'transition_backwardNeedsNote',
  dateBeforeLastEvent: 'transition_dateBeforeLastEvent',
  dateInFuture: 'transition_dateInFuture',
} as const satisfies Record<TransitionProblem, MessageKey>;
