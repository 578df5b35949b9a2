import { defineMessages } from './messages.js';

// The service's messages on framework agreements and call-offs. Part of the
// service's catalogue (core/i18n/service.ts spreads it in).
export const frameworkMessages = defineMessages({
  staleCallOff: {
    nb: 'Avropet er endret av noen andre siden du åpnet det. Last inn på nytt og gjør endringen igjen.',
    nn: 'Avropet er endra av nokon andre sidan du opna det. Last inn på nytt og gjer endringa di igjen.',
    en: 'The call-off was changed by someone else since you opened it. Reload it and make your change again.',
  },
  frameworkNeedsMaximum: {
    nb: 'Oppgi rammeavtalens maksimale verdi eller mengde, slik den ble kunngjort.',
    nn: 'Oppgi den største verdien eller mengda for rammeavtalen, slik ho vart kunngjord.',
    en: "Give the framework's maximum value or quantity, as announced.",
  },
  frameworkSingleHasMany: {
    nb: 'Kontrakten har {n} leverandører, men en rammeavtale med én leverandør kan bare ha én.',
    nn: 'Kontrakten har {n} leverandørar, men ein rammeavtale med éin leverandør kan berre ha éin.',
    en: 'The contract has {n} suppliers, but a framework with one supplier can have only one.',
  },
  frameworkSingleNoMini: {
    nb: 'En rammeavtale med én leverandør har ingen minikonkurranse: avrop gjøres etter vilkårene.',
    nn: 'Ein rammeavtale med éin leverandør har ingen minikonkurranse: avrop blir gjorde etter vilkåra.',
    en: 'A framework with one supplier has no mini-competition: call-offs are made by its terms.',
  },
  frameworkHasCallOffs: {
    nb: 'Rammeavtalen har {n} avrop og kan ikke gjøres om til en vanlig kontrakt. Slett avropene først.',
    nn: 'Rammeavtalen har {n} avrop og kan ikkje gjerast om til ein vanleg kontrakt. Slett avropa først.',
    en: 'The framework has {n} call-offs and cannot be made an ordinary contract. Delete the call-offs first.',
  },
  notAFramework: {
    nb: 'Kontrakten er ikke en rammeavtale. Registrer rammeavtalens vilkår før du registrerer avrop.',
    nn: 'Kontrakten er ikkje ein rammeavtale. Registrer vilkåra for rammeavtalen før du registrerer avrop.',
    en: 'The contract is not a framework agreement. Record its terms before recording call-offs.',
  },
  frameworkMaximumReached: {
    nb: 'Rammeavtalens maksimum ({max}) er nådd, og avtalen er i utgangspunktet brukt opp. Et nytt avrop må bygge på en lovlig endring av avtalen (FOA kapittel 28 i del III, § 11-2 i del II); ellers kan det være en ulovlig direkte anskaffelse. Skriv grunnlaget for endringen for å registrere avropet.',
    nn: 'Maksimumet for rammeavtalen ({max}) er nådd, og avtalen er i utgangspunktet brukt opp. Eit nytt avrop må byggje på ei lovleg endring av avtalen (FOA kapittel 28 i del III, § 11-2 i del II); elles kan det vere ei ulovleg direkte anskaffing. Skriv grunnlaget for endringa for å registrere avropet.',
    en: "The framework's maximum ({max}) has been reached and it is in principle used up. A further call-off must rest on a lawful change of the framework (FOA chapter 28 in Part III, § 11-2 in Part II); otherwise it may be an unlawful direct award. Write the ground for the change to record the call-off.",
  },
  callOffSupplierNotParty: {
    nb: 'Leverandøren er ikke part i rammeavtalen.',
    nn: 'Leverandøren er ikkje part i rammeavtalen.',
    en: 'The supplier is not a party to the framework.',
  },
  callOffOutsidePeriod: {
    nb: 'Avropet må ligge innenfor rammeavtalens periode ({start}–{end}).',
    nn: 'Avropet må liggje innanfor perioden til rammeavtalen ({start}–{end}).',
    en: "The call-off must fall within the framework's period ({start}–{end}).",
  },
  callOffNeedsInvitation: {
    nb: 'Oppgi datoen leverandørene ble invitert til minikonkurransen.',
    nn: 'Oppgi datoen leverandørane vart inviterte til minikonkurransen.',
    en: 'Give the date the suppliers were invited to the mini-competition.',
  },
  callOffNeedsTenders: {
    nb: 'Oppgi hvor mange tilbud minikonkurransen fikk (minst ett).',
    nn: 'Oppgi kor mange tilbod minikonkurransen fekk (minst eitt).',
    en: 'Give the number of tenders the mini-competition received (at least one).',
  },
  callOffNeedsReason: {
    nb: 'Skriv begrunnelsen for tildelingen i minikonkurransen.',
    nn: 'Skriv grunngjevinga for tildelinga i minikonkurransen.',
    en: 'Write the reasons for the award in the mini-competition.',
  },
  callOffNotMini: {
    nb: 'Rammeavtalens vilkår gir ikke minikonkurranse: avrop gjøres etter rangeringen.',
    nn: 'Vilkåra i rammeavtalen gir ikkje minikonkurranse: avrop blir gjorde etter rangeringa.',
    en: "The framework's terms do not provide for mini-competition: call-offs follow the ranking.",
  },
  callOffNotDirect: {
    nb: 'Rammeavtalens vilkår sier at avrop gjøres ved minikonkurranse.',
    nn: 'Vilkåra i rammeavtalen seier at avrop blir gjorde ved minikonkurranse.',
    en: "The framework's terms say call-offs are made by mini-competition.",
  },
  frameworkDurationGroundMissing: {
    nb: 'Rammeavtalen varer lenger enn fire år. Registrer de særlige grunnene (anskaffelsesforskriften {section}).',
    nn: 'Rammeavtalen varer lenger enn fire år. Registrer dei særlege grunnane (anskaffingsforskrifta {section}).',
    en: 'The framework runs for more than four years. Record the special grounds (procurement regulation {section}).',
  },
  frameworkNearMaximum: {
    nb: 'Avropene har brukt {share} av rammeavtalens maksimum.',
    nn: 'Avropa har brukt {share} av maksimumet i rammeavtalen.',
    en: "Call-offs have used {share} of the framework's maximum.",
  },
  frameworkMaximumUsedUp: {
    nb: 'Rammeavtalens maksimum er nådd: avtalen er i utgangspunktet brukt opp. Nye avrop krever en lovlig endring av avtalen (FOA kapittel 28 i del III, § 11-2 i del II).',
    nn: 'Maksimumet i rammeavtalen er nådd: avtalen er i utgangspunktet brukt opp. Nye avrop krev ei lovleg endring av avtalen (FOA kapittel 28 i del III, § 11-2 i del II).',
    en: "The framework's maximum has been reached: it is in principle used up. Further call-offs need a lawful change of the framework (FOA chapter 28 in Part III, § 11-2 in Part II).",
  },
  callOffImportNoColumn: {
    nb: 'Regnearket mangler en kolonne for {what}.',
    nn: 'Reknearket manglar ein kolonne for {what}.',
    en: 'The spreadsheet has no column for {what}.',
  },
  callOffImportNoFramework: {
    nb: 'Fant ingen rammeavtale med saksnummer eller tittel «{value}».',
    nn: 'Fann ingen rammeavtale med saksnummer eller tittel «{value}».',
    en: 'No framework agreement has the case number or title “{value}”.',
  },
  callOffImportNoSupplier: {
    nb: 'Fant ingen leverandør med organisasjonsnummer «{value}».',
    nn: 'Fann ingen leverandør med organisasjonsnummer «{value}».',
    en: 'No supplier has the organisation number “{value}”.',
  },
  callOffImportBadCell: {
    nb: 'Kan ikke lese «{value}» som {what}.',
    nn: 'Kan ikkje lese «{value}» som {what}.',
    en: 'Cannot read “{value}” as {what}.',
  },
  callOffImportInColumn: {
    nb: 'Kolonnen «{column}»: {message}',
    nn: 'Kolonnen «{column}»: {message}',
    en: 'Column “{column}”: {message}',
  },
  callOffImportColumn: {
    select: 'column',
    options: {
      framework: {
        nb: 'rammeavtale (saksnummer eller tittel)',
        nn: 'rammeavtale (saksnummer eller tittel)',
        en: 'framework (case number or title)',
      },
      date: { nb: 'dato', nn: 'dato', en: 'date' },
      department: { nb: 'avdeling', nn: 'avdeling', en: 'department' },
      orgnr: {
        nb: 'leverandørens organisasjonsnummer',
        nn: 'organisasjonsnummeret til leverandøren',
        en: "the supplier's organisation number",
      },
      value: { nb: 'verdi', nn: 'verdi', en: 'value' },
      description: { nb: 'hva som ble kjøpt', nn: 'kva som vart kjøpt', en: 'what was bought' },
      quantity: { nb: 'mengde', nn: 'mengd', en: 'quantity' },
      method: {
        nb: 'hvordan det ble avropt (direkte eller minikonkurranse)',
        nn: 'korleis det vart avropa (direkte eller minikonkurranse)',
        en: 'how it was called off (directly or mini-competition)',
      },
      invitationDate: {
        nb: 'datoen invitasjonen til minikonkurransen ble sendt',
        nn: 'datoen invitasjonen til minikonkurransen vart send',
        en: 'the date the mini-competition’s invitation was sent',
      },
      tenderCount: { nb: 'antall tilbud', nn: 'tal på tilbod', en: 'number of tenders' },
      awardReason: {
        nb: 'begrunnelsen for tildelingen',
        nn: 'grunngjevinga for tildelinga',
        en: 'the reasons for the award',
      },
    },
  },
});
