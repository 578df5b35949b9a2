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
  usernameForm: {
    nb: 'Brukernavnet må ha 2–64 tegn: bokstaver, sifre, punktum, bindestrek, understrek eller @.',
    nn: 'Brukarnamnet må ha 2–64 teikn: bokstavar, siffer, punktum, bindestrek, understrek eller @.',
    en: 'The user name must have 2–64 characters: letters, digits, full stop, hyphen, underscore or @.',
  },
  accountNotFound: {
    nb: 'Fant ingen bruker med id {id}.',
    nn: 'Fann ingen brukar med id {id}.',
    en: 'No user with id {id} was found.',
  },
  lastAdministrator: {
    nb: '{name} er den siste aktive administratoren. Gi en annen bruker rollen administrator først, ellers kan ingen lenger styre brukere, innstillinger og sikkerhetskopier.',
    nn: '{name} er den siste aktive administratoren. Gi ein annan brukar rolla administrator først, elles kan ingen lenger styre brukarar, innstillingar og tryggingskopiar.',
    en: '{name} is the last active administrator. Give another user the administrator role first, or no one can manage users, settings and backups any more.',
  },
  oldPasswordWrong: {
    nb: 'Det nåværende passordet stemmer ikke.',
    nn: 'Det noverande passordet stemmer ikkje.',
    en: 'The current password is not right.',
  },
  ownPasswordNeedsSignIn: {
    nb: 'Bare en pålogget bruker av kontorets server har et eget passord. På én PC er det ingen pålogging.',
    nn: 'Berre ein pålogga brukar av kontoret sin server har eit eige passord. På éin PC er det inga pålogging.',
    en: 'Only a user signed in to the office server has a password of their own. On one PC there is no sign-in.',
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
