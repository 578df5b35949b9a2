import { intlTag, type Locale } from './locale.js';
import { grouped } from './numbers.js';

// The one shape of every word Anskaff shows, prints or sends: a catalogue
// made with defineMessages, each message in every language. The type makes a
// message without its nynorsk (or bokmål, or English) a compile error:
//
//   export const words = defineMessages({
//     saved: { nb: 'Saken er lagret.', nn: 'Saka er lagra.', en: 'The case is saved.' },
//     cases: { nb: { one: '{n} sak', other: '{n} saker' }, nn: { one: '{n} sak', other: '{n} saker' }, en: { one: '{n} case', other: '{n} cases' } },
//     status: { select: 'status', options: { active: { nb: 'Aktiv', nn: 'Aktiv', en: 'Active' }, … } },
//   });
//   const say = translator(words);
//   say('cases', 'nn', { n: 3 });            // "3 saker"
//   say('status', 'en', { status: 'active' }); // the option is typed: a wrong one does not compile
//
// - `{name}` is filled from the parameters; `{name:int}` groups a number as
//   the language does ("300 000", "300,000").
// - A plural (`{ one, other }`) is chosen by Intl.PluralRules on the
//   parameter `n`.
// - A choice (`select`) picks among messages by a parameter instead of a key
//   made up at run time (`reason_${x}`), so every key is written out and
//   checked.
// Reference lists carry their names in the same shape: each entry is its
// code and a `Words` ({ nb, nn, en }).

/** A text with a form for one and for more (Intl.PluralRules on `n`). */
export interface Plural {
  readonly one: string;
  readonly other: string;
}
export type Text = string | Plural;

/** A message in every language. */
export type Words<T extends Text = Text> = { readonly [L in Locale]: T };

/** Messages picked by the value of one parameter (`select`), each in every language. */
export interface Choice<O extends string = string> {
  readonly select: string;
  readonly options: { readonly [K in O]: Words };
}

export type Message = Words | Choice;
export type Params = Readonly<Record<string, string | number>>;

/** A catalogue: its messages as written, so keys, choices and languages are all checked. */
export function defineMessages<const C extends Readonly<Record<string, Message>>>(catalogue: C): C {
  return catalogue;
}

/** The parameters a message takes: a choice needs its option (one of those it has); any message takes `{name}` values. */
export type ArgsOf<M> = M extends Choice
  ? [params: { readonly [P in M['select']]: keyof M['options'] & string } & Params]
  : [params?: Params];

export const isChoice = (m: Message): m is Choice => 'select' in m;

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralCategory(n: number, locale: Locale): string {
  let r = pluralRules.get(locale);
  if (!r) pluralRules.set(locale, (r = new Intl.PluralRules(intlTag[locale])));
  return r.select(n);
}

/** A text in one language with its parameters filled in. */
export function fill(text: Text, locale: Locale, params: Params = {}): string {
  const n = params.n;
  const s =
    typeof text === 'string'
      ? text
      : typeof n === 'number' && pluralCategory(n, locale) === 'one'
        ? text.one
        : text.other;
  return s.replace(/\{(\w+)(:int)?\}/g, (whole, name: string, int?: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return int && typeof v === 'number' ? grouped(v, locale) : String(v);
  });
}

/** A message in one language; a choice's option it does not have (e.g. from a newer version's data) is shown as itself. */
export function render(m: Message, locale: Locale, params: Params = {}): string {
  if (!isChoice(m)) return fill(m[locale], locale, params);
  const option = String(params[m.select] ?? '');
  const words = Object.hasOwn(m.options, option) ? m.options[option] : undefined;
  return words ? fill(words[locale], locale, params) : option;
}

/** A name from a reference list's entry ({ code, nb, nn, en }), or '' for none. */
export function wordsIn(w: Words<string> | undefined, locale: Locale): string {
  return w ? w[locale] : '';
}

/** `t(key, locale, params)` over one catalogue. */
export function translator<C extends Readonly<Record<string, Message>>>(catalogue: C) {
  return <K extends keyof C & string>(key: K, locale: Locale, ...args: ArgsOf<C[K]>): string =>
    render(catalogue[key] as Message, locale, args[0]);
}

/** Whether `key` is a message of `catalogue` (a key that came as data, e.g. a zod issue's message). */
export function hasMessage<C extends object>(catalogue: C, key: string): key is keyof C & string {
  return Object.hasOwn(catalogue, key);
}
