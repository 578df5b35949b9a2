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
  passwordTooShort: {
    nb: 'Passordet må ha minst {min} tegn.',
    nn: 'Passordet må ha minst {min} teikn.',
    en: 'The password must have at least {min} characters.',
  },
  signInRequired: {
    nb: 'Logg inn for å bruke kontorets register.',
    nn: 'Logg inn for å bruke registeret til kontoret.',
    en: "Sign in to use the office's register.",
  },
  signInThrottled: {
    nb: 'For mange mislykkede forsøk. Vent {seconds} sekunder og prøv igjen.',
    nn: 'For mange mislukka forsøk. Vent {seconds} sekund og prøv igjen.',
    en: 'Too many failed attempts. Wait {seconds} seconds and try again.',
  },
  signInFieldsMissing: {
    nb: 'Skriv inn brukernavn og passord.',
    nn: 'Skriv inn brukarnamn og passord.',
    en: 'Enter your user name and password.',
  },
  directoryUnavailable: {
    nb: 'Får ikke kontakt med kommunens katalog (LDAPS) for å sjekke innloggingen. Prøv igjen, eller kontakt IT.',
    nn: 'Får ikkje kontakt med katalogen til kommunen (LDAPS) for å sjekke innlogginga. Prøv igjen, eller kontakt IT.',
    en: "Cannot reach the municipality's directory (LDAPS) to check the sign-in. Try again, or contact IT.",
  },
});
