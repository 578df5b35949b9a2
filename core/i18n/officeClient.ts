import { defineMessages } from './messages.js';

// The desktop app as a client of the office server (electron/officeClient.ts):
// what the main process answers when the server cannot be reached, its
// certificate is not the one the user accepted, or the user must sign in.
// Part of the office messages (core/i18n/office.ts spreads it in).
export const officeClientMessages = defineMessages({
  officeAddressInvalid: {
    nb: 'Skriv adressen til kontorets server, for eksempel anskaff.kommune.no eller https://anskaff.kommune.no:8443.',
    nn: 'Skriv adressa til kontoret sin server, til dømes anskaff.kommune.no eller https://anskaff.kommune.no:8443.',
    en: 'Enter the address of the office server, for example anskaff.kommune.no or https://anskaff.kommune.no:8443.',
  },
  officeAddressNotHttps: {
    nb: 'Kontorets server nås bare over HTTPS: adressen må begynne med https:// (eller bare servernavnet).',
    nn: 'Kontoret sin server kan berre nåast over HTTPS: adressa må byrje med https:// (eller berre servernamnet).',
    en: 'The office server is reached over HTTPS only: the address must start with https:// (or be just the server’s name).',
  },
  officeUnreachable: {
    nb: 'Får ikke kontakt med kontorets server ({address}). Sjekk nettverket og prøv igjen.',
    nn: 'Får ikkje kontakt med kontoret sin server ({address}). Sjekk nettverket og prøv igjen.',
    en: 'Cannot reach the office server ({address}). Check the network and try again.',
  },
  officeCertificateChanged: {
    nb: 'Serverens sertifikat er endret siden du godtok det. Det kan bety at en annen maskin utgir seg for å være kontorets server. Anskaff kobler ikke til. Spør IT om serverens fingeravtrykk; det serveren viser nå er {fingerprint}.',
    nn: 'Sertifikatet til serveren er endra sidan du godtok det. Det kan tyde på at ei anna maskin gir seg ut for å vere kontoret sin server. Anskaff koplar ikkje til. Spør IT om fingeravtrykket til serveren; det serveren viser no, er {fingerprint}.',
    en: 'The server’s certificate has changed since you accepted it. Another machine may be posing as the office server. Anskaff will not connect. Ask IT for the server’s fingerprint; the one it shows now is {fingerprint}.',
  },
  officeCertificateInvalid: {
    nb: 'Serverens sertifikat kan ikke brukes ({reason}). Spør IT om et nytt sertifikat for kontorets server.',
    nn: 'Sertifikatet til serveren kan ikkje brukast ({reason}). Spør IT om eit nytt sertifikat for kontoret sin server.',
    en: 'The server’s certificate cannot be used ({reason}). Ask IT for a new certificate for the office server.',
  },
  officeFingerprintMismatch: {
    nb: 'Serveren viser et annet fingeravtrykk enn det du bekreftet. Koble til på nytt og sammenlign igjen.',
    nn: 'Serveren viser eit anna fingeravtrykk enn det du stadfesta. Prøv å kople til på nytt, og samanlikn igjen.',
    en: 'The server shows a different fingerprint from the one you confirmed. Connect again and compare once more.',
  },
  officeSignInRequired: {
    nb: 'Logg inn på kontorets server for å fortsette.',
    nn: 'Logg inn på kontoret sin server for å halde fram.',
    en: 'Sign in to the office server to continue.',
  },
  officeBadAnswer: {
    nb: 'Kontorets server svarte ikke som ventet (status {status}).',
    nn: 'Kontoret sin server svarte ikkje som venta (status {status}).',
    en: 'The office server did not answer as expected (status {status}).',
  },
});
