import { defineMessages } from './messages.js';

// The office server's messages: accounts, roles and signing in. Part of the
// service's catalogue (core/i18n/service.ts spreads it in).
export const officeMessages = defineMessages({
  forbidden: {
    nb: 'Rollen din ({role}) gir ikke tilgang til dette. Spør en administrator om du trenger det.',
    nn: 'Rolla di ({role}) gir ikkje tilgang til dette. Spør ein administrator om du treng det.',
    en: 'Your role ({role}) does not give access to this. Ask an administrator if you need it.',
  },
  role_administrator: { nb: 'administrator', nn: 'administrator', en: 'administrator' },
  role_innkjøper: { nb: 'innkjøper', nn: 'innkjøpar', en: 'buyer' },
  role_leser: { nb: 'leser', nn: 'lesar', en: 'reader' },
  role_avdeling: { nb: 'avdeling', nn: 'avdeling', en: 'department' },
  signInFailed: {
    nb: 'Feil brukernavn eller passord.',
    nn: 'Feil brukarnamn eller passord.',
    en: 'Wrong user name or password.',
  },
  accountExists: {
    nb: 'Brukernavnet {username} er allerede i bruk.',
    nn: 'Brukarnamnet {username} er allereie i bruk.',
    en: 'The user name {username} is already taken.',
  },
  changedByAt: {
    nb: 'Sist endret av {by} {when}.',
    nn: 'Sist endra av {by} {when}.',
    en: 'Last changed by {by} at {when}.',
  },
  tooManyListeners: {
    nb: 'Serveren har for mange åpne vinduer akkurat nå. Endringer fra andre vises når du laster siden på nytt.',
    nn: 'Tenaren har for mange opne vindauge akkurat no. Endringar frå andre blir viste når du lastar sida på nytt.',
    en: 'The server has too many open windows right now. Changes by others show when you reload the page.',
  },
  passwordTooShort: {
    nb: 'Passordet må ha minst {min} tegn.',
    nn: 'Passordet må ha minst {min} teikn.',
    en: 'The password must have at least {min} characters.',
  },
});
