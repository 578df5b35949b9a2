import { defineMessages } from './messages.js';
import { officeClientMessages } from './officeClient.js';

// The office server's messages: accounts, roles and signing in. Part of the
// service's catalogue (core/i18n/service.ts spreads it in).
export const officeMessages = defineMessages({
  ...officeClientMessages,
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
  passwordTooShort: {
    nb: 'Passordet må ha minst {min} tegn.',
    nn: 'Passordet må ha minst {min} teikn.',
    en: 'The password must have at least {min} characters.',
  },
});
