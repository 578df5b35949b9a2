// Words for the desktop app as a client of the office server: Innstillinger → "Koble til kontorets server",
// signing in to it, and the banner and window title saying which register is open.
import { defineMessages } from '../../../core/i18n.js';
export const officeStrings = defineMessages({
  officeHeading: { nb: 'Kontorets server', nn: 'Kontoret sin server', en: 'The office server' },
  officeLocalNow: {
    nb: 'Du arbeider i registeret på denne PC-en. Har kontoret en Anskaff-server, kan du koble deg til den i stedet, så arbeider alle i samme register.',
    nn: 'Du arbeider i registeret på denne PC-en. Har kontoret ein Anskaff-server, kan du kople deg til han i staden, så arbeider alle i same register.',
    en: 'You are working in this PC’s register. If the office has an Anskaff server, you can connect to it instead, so everyone works in the same register.',
  },
  officeAddress: { nb: 'Serverens adresse', nn: 'Adressa til serveren', en: 'The server’s address' },
  officeAddressHelp: {
    nb: 'Som IT har gitt deg, for eksempel anskaff.kommune.no',
    nn: 'Slik IT har gitt deg ho, til dømes anskaff.kommune.no',
    en: 'As IT gave it to you, for example anskaff.kommune.no',
  },
  officeConnect: {
    nb: 'Koble til kontorets server',
    nn: 'Kople til kontoret sin server',
    en: 'Connect to the office server',
  },
  officeConnecting: { nb: 'Kobler til …', nn: 'Koplar til …', en: 'Connecting …' },
  officeFingerprintHeading: {
    nb: 'Sjekk serverens fingeravtrykk',
    nn: 'Sjekk fingeravtrykket til serveren',
    en: 'Check the server’s fingerprint',
  },
  officeFingerprintIntro: {
    nb: 'Serveren på {origin} viser dette fingeravtrykket. Sammenlign det med fingeravtrykket serveren skrev ut da den startet (spør IT). Logg inn bare om de er like.',
    nn: 'Serveren på {origin} viser dette fingeravtrykket. Samanlikn det med fingeravtrykket serveren skreiv ut då han starta (spør IT). Logg inn berre om dei er like.',
    en: 'The server at {origin} shows this fingerprint. Compare it with the fingerprint the server printed when it started (ask IT). Sign in only if they match.',
  },
  officeFingerprint: { nb: 'Fingeravtrykk (SHA-256)', nn: 'Fingeravtrykk (SHA-256)', en: 'Fingerprint (SHA-256)' },
  officeUsername: { nb: 'Brukernavn', nn: 'Brukarnamn', en: 'User name' },
  officePassword: { nb: 'Passord', nn: 'Passord', en: 'Password' },
  officeAcceptAndSignIn: {
    nb: 'Fingeravtrykket stemmer: logg inn',
    nn: 'Fingeravtrykket stemmer: logg inn',
    en: 'The fingerprint matches: sign in',
  },
  officeCancel: { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
  officeConnectedNow: {
    nb: 'Du arbeider i registeret på kontorserveren {host}, innlogget som {name} ({role}).',
    nn: 'Du arbeider i registeret på kontorserveren {host}, innlogga som {name} ({role}).',
    en: 'You are working in the register on the office server {host}, signed in as {name} ({role}).',
  },
  officeDisconnect: {
    nb: 'Koble fra og bruk registeret på denne PC-en',
    nn: 'Kople frå og bruk registeret på denne PC-en',
    en: 'Disconnect and use this PC’s register',
  },
  officeSignOut: { nb: 'Logg ut', nn: 'Logg ut', en: 'Sign out' },
  officeSignInHeading: {
    nb: 'Logg inn på kontorserveren {host}',
    nn: 'Logg inn på kontorserveren {host}',
    en: 'Sign in to the office server {host}',
  },
  officeSignIn: { nb: 'Logg inn', nn: 'Logg inn', en: 'Sign in' },
  officeBanner: {
    nb: 'Kontorserveren {host} · {name} ({role})',
    nn: 'Kontorserveren {host} · {name} ({role})',
    en: 'Office server {host} · {name} ({role})',
  },
  officeBannerLabel: { nb: 'Registeret som er åpent', nn: 'Registeret som er ope', en: 'The register that is open' },
  windowTitleOffice: {
    nb: 'Anskaff – Kontorserveren {host}',
    nn: 'Anskaff – Kontorserveren {host}',
    en: 'Anskaff – Office server {host}',
  },
  windowTitleLocal: { nb: 'Anskaff – Denne PC-en', nn: 'Anskaff – Denne PC-en', en: 'Anskaff – This PC' },
});
