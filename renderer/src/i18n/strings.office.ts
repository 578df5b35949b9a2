import { defineMessages } from '../../../core/i18n.js';

// The office server's screens: signing in, and who is signed in.
export const officeStrings = defineMessages({
  signInHeading: { nb: 'Logg inn', nn: 'Logg inn', en: 'Sign in' },
  signInIntro: {
    nb: 'Kontorets felles register på {server}. Bruk brukernavnet og passordet du har fått av administratoren.',
    nn: 'Det felles registeret til kontoret på {server}. Bruk brukarnamnet og passordet du har fått av administratoren.',
    en: "The office's shared register on {server}. Use the user name and password your administrator gave you.",
  },
  signInUsername: { nb: 'Brukernavn', nn: 'Brukarnamn', en: 'User name' },
  signInPassword: { nb: 'Passord', nn: 'Passord', en: 'Password' },
  signInSubmit: { nb: 'Logg inn', nn: 'Logg inn', en: 'Sign in' },
  signInBusy: { nb: 'Logger inn …', nn: 'Loggar inn …', en: 'Signing in …' },
  signInUsernameMissing: { nb: 'Skriv inn brukernavnet.', nn: 'Skriv inn brukarnamnet.', en: 'Enter your user name.' },
  signInPasswordMissing: { nb: 'Skriv inn passordet.', nn: 'Skriv inn passordet.', en: 'Enter your password.' },
  signOut: { nb: 'Logg ut', nn: 'Logg ut', en: 'Sign out' },
  signedInAs: { nb: 'Innlogget bruker', nn: 'Innlogga brukar', en: 'Signed-in user' },
  officeTitle: { nb: 'Anskaff – {server}', nn: 'Anskaff – {server}', en: 'Anskaff – {server}' },
});
