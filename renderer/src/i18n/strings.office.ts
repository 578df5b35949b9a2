// Words for the office server's accounts (Innstillinger → Brukere) and for what a role may not do.
import { defineMessages } from '../../../core/i18n.js';

export const officeStrings = defineMessages({
  roleMayNot: {
    nb: 'Rollen din ({role}) kan ikke endre dette.',
    nn: 'Rolla di ({role}) kan ikkje endre dette.',
    en: 'Your role ({role}) cannot change this.',
  },
  accHeading: { nb: 'Brukere', nn: 'Brukarar', en: 'Users' },
  accIntro: {
    nb: 'Brukerne av kontorets server: hver med sin rolle. Administrator styrer brukere, innstillinger og sikkerhetskopier; innkjøper leser og endrer alt; leser leser og lager rapporter; avdeling ser bare sakene til sine avdelinger, uten taushetsbelagt tekst. Brukere som lages på én PC, følger med når registeret flyttes til serveren.',
    nn: 'Brukarane av serveren til kontoret: kvar med si rolle. Administrator styrer brukarar, innstillingar og tryggingskopiar; innkjøpar les og endrar alt; lesar les og lagar rapportar; avdeling ser berre sakene til sine avdelingar, utan teiebelagd tekst. Brukarar som blir laga på éin PC, følgjer med når registeret blir flytta til serveren.',
    en: 'The users of the office server, each with a role. Administrator manages users, settings and backups; buyer reads and changes everything; reader reads and makes reports; department sees only the cases of its own departments, without confidential text. Users made on one PC come along when the register moves to the server.',
  },
  accTable: { nb: 'Brukerliste', nn: 'Brukarliste', en: 'List of users' },
  accNone: { nb: 'Ingen brukere ennå.', nn: 'Ingen brukarar enno.', en: 'No users yet.' },
  accName: { nb: 'Navn', nn: 'Namn', en: 'Name' },
  accUsername: { nb: 'Brukernavn', nn: 'Brukarnamn', en: 'User name' },
  accRole: { nb: 'Rolle', nn: 'Rolle', en: 'Role' },
  accDepartments: { nb: 'Avdelinger', nn: 'Avdelingar', en: 'Departments' },
  accDepartmentsHelp: {
    nb: 'For rollen avdeling: avdelingene slik de står på sakene, skilt med komma.',
    nn: 'For rolla avdeling: avdelingane slik dei står på sakene, skilde med komma.',
    en: 'For the department role: the departments as the cases name them, separated by commas.',
  },
  accStatus: { nb: 'Status', nn: 'Status', en: 'Status' },
  accActive: { nb: 'Aktiv', nn: 'Aktiv', en: 'Active' },
  accDisabled: { nb: 'Deaktivert', nn: 'Deaktivert', en: 'Disabled' },
  accDisable: {
    nb: 'Deaktivert (kan ikke logge inn)',
    nn: 'Deaktivert (kan ikkje logge inn)',
    en: 'Disabled (cannot sign in)',
  },
  accPassword: { nb: 'Passord', nn: 'Passord', en: 'Password' },
  accPasswordHelp: {
    nb: 'Minst {min} tegn. Gi det til brukeren på en trygg måte.',
    nn: 'Minst {min} teikn. Gi det til brukaren på ein trygg måte.',
    en: 'At least {min} characters. Give it to the user in a safe way.',
  },
  accAddHeading: { nb: 'Legg til bruker', nn: 'Legg til brukar', en: 'Add a user' },
  accAdd: { nb: 'Legg til', nn: 'Legg til', en: 'Add' },
  accAdded: { nb: '{name} er lagt til.', nn: '{name} er lagd til.', en: '{name} has been added.' },
  accChange: { nb: 'Endre', nn: 'Endre', en: 'Edit' },
  accEdit: { nb: 'Endre {name}', nn: 'Endre {name}', en: 'Edit {name}' },
  accEditHeading: { nb: 'Endre {name}', nn: 'Endre {name}', en: 'Edit {name}' },
  accSaved: {
    nb: 'Endringene for {name} er lagret.',
    nn: 'Endringane for {name} er lagra.',
    en: 'The changes for {name} are saved.',
  },
  accNewPassword: { nb: 'Nytt passord', nn: 'Nytt passord', en: 'New password' },
  accSetPassword: { nb: 'Sett nytt passord', nn: 'Set nytt passord', en: 'Set a new password' },
  accPasswordSet: {
    nb: 'Nytt passord er satt for {name}.',
    nn: 'Nytt passord er sett for {name}.',
    en: 'A new password is set for {name}.',
  },
  accClose: { nb: 'Lukk', nn: 'Lukk', en: 'Close' },
});
