import type { Kind, Theme } from '../../core/index.js';

// What a Norwegian municipality buys, by department: the raw material of the
// demo data. Values are NOK excl. VAT for the whole contract period.
export interface NeedTemplate {
  title: string;
  kind: Kind;
  min: number;
  max: number;
  themes: Theme[];
  description: string;
}

export const departments: Record<string, NeedTemplate[]> = {
  'Oppvekst og utdanning': [
    { title: 'Elev-PC-er og nettbrett til grunnskolen', kind: 'varer', min: 2_000_000, max: 9_000_000, themes: ['digitalisering', 'klima_miljo'], description: 'Leasing av elevmaskiner for 1.–10. trinn, med innlevering og gjenbruk.' },
    { title: 'Skolemøbler til {place} skole', kind: 'varer', min: 400_000, max: 2_500_000, themes: ['klima_miljo', 'baerekraft'], description: 'Pulter, stoler og oppbevaring; krav til ombruk og lang levetid.' },
    { title: 'Skoleskyss rute {n}', kind: 'tjenester', min: 1_500_000, max: 6_000_000, themes: ['klima_miljo', 'seriositet'], description: 'Skoleskyss med fossilfrie kjøretøy; krav til lønns- og arbeidsvilkår for sjåfører.' },
    { title: 'Digitale læremidler', kind: 'tjenester', min: 300_000, max: 2_000_000, themes: ['digitalisering'], description: 'Lisenser til digitale læremidler for ungdomstrinnet.' },
    { title: 'Matservering i barnehagene', kind: 'tjenester', min: 800_000, max: 3_500_000, themes: ['baerekraft', 'inkludering'], description: 'Sunn mat med lokale råvarer; lærlingplass hos leverandøren.' },
  ],
  'Helse og omsorg': [
    { title: 'Velferdsteknologi: digitalt tilsyn', kind: 'varer', min: 1_500_000, max: 8_000_000, themes: ['innovasjon', 'digitalisering'], description: 'Sensorer og kameraer for nattlig tilsyn i hjemmetjenesten.' },
    { title: 'Medisinsk forbruksmateriell', kind: 'varer', min: 1_000_000, max: 5_000_000, themes: ['klima_miljo'], description: 'Rammeavtale på forbruksmateriell til sykehjem og hjemmetjeneste.' },
    { title: 'Trygghetsalarmer og responssenter', kind: 'tjenester', min: 900_000, max: 4_000_000, themes: ['digitalisering'], description: 'Digitale trygghetsalarmer med responstjeneste hele døgnet.' },
    { title: 'Avlastningstjenester for barn og unge', kind: 'helse_sosial', min: 2_000_000, max: 14_000_000, themes: ['inkludering', 'seriositet'], description: 'Kjøp av avlastningsplasser; krav til bemanning og kompetanse.' },
    { title: 'Matombringing til hjemmeboende', kind: 'tjenester', min: 600_000, max: 2_400_000, themes: ['inkludering', 'klima_miljo'], description: 'Varm mat levert hjem, med elektriske kjøretøy.' },
    { title: 'Inkontinensprodukter', kind: 'varer', min: 500_000, max: 2_200_000, themes: ['baerekraft'], description: 'Rammeavtale med opplæring av personalet.' },
  ],
  'Teknisk drift': [
    { title: 'Brøyting og strøing rode {n}', kind: 'tjenester', min: 1_000_000, max: 6_000_000, themes: ['seriositet'], description: 'Vintervedlikehold av kommunale veier; HMS-kort og begrenset underleverandørkjede.' },
    { title: 'Asfaltering av kommunale veier', kind: 'bygg_anlegg', min: 3_000_000, max: 25_000_000, themes: ['klima_miljo', 'seriositet'], description: 'Reasfaltering med lavtemperaturasfalt og fossilfri anleggsdrift.' },
    { title: 'Mobilitetstjenester i stedet for tjenestebiler', kind: 'tjenester', min: 2_000_000, max: 9_000_000, themes: ['innovasjon', 'klima_miljo'], description: 'Kommunen kjøper mobilitet, ikke biler: bilpool, el-sykler og kollektivkort.' },
    { title: 'Vann- og avløpsrør, rammeavtale', kind: 'varer', min: 1_500_000, max: 7_000_000, themes: ['baerekraft'], description: 'Rør og deler til vann- og avløpsnettet.' },
    { title: 'Ny vannledning {place}', kind: 'bygg_anlegg', min: 8_000_000, max: 70_000_000, themes: ['klima_miljo', 'seriositet'], description: 'Utskifting av hovedvannledning; fossilfri byggeplass.' },
  ],
  Eiendom: [
    { title: 'Rehabilitering av {place} skole', kind: 'bygg_anlegg', min: 20_000_000, max: 120_000_000, themes: ['klima_miljo', 'seriositet', 'inkludering'], description: 'Totalentreprise med krav om lærlinger og ombruk av materialer.' },
    { title: 'Nytt sykehjem, totalentreprise', kind: 'bygg_anlegg', min: 60_000_000, max: 300_000_000, themes: ['klima_miljo', 'seriositet'], description: 'Nytt sykehjem med 96 plasser; passivhusstandard.' },
    { title: 'Renholdstjenester i kommunale bygg', kind: 'tjenester', min: 2_000_000, max: 12_000_000, themes: ['seriositet', 'inkludering'], description: 'Renhold med krav til lønns- og arbeidsvilkår og arbeidstrening.' },
    { title: 'Rammeavtale elektrikertjenester', kind: 'tjenester', min: 1_500_000, max: 8_000_000, themes: ['seriositet'], description: 'Elektrikertjenester til kommunale bygg.' },
    { title: 'Energisparekontrakt (EPC)', kind: 'bygg_anlegg', min: 10_000_000, max: 45_000_000, themes: ['klima_miljo', 'innovasjon'], description: 'Energieffektivisering med garantert besparelse.' },
  ],
  'Kultur og fritid': [
    { title: 'Kunstgressbane på {place}', kind: 'bygg_anlegg', min: 3_000_000, max: 12_000_000, themes: ['klima_miljo'], description: 'Ny bane uten gummigranulat.' },
    { title: 'Lyd- og lysanlegg til kulturhuset', kind: 'varer', min: 700_000, max: 3_000_000, themes: ['baerekraft'], description: 'Utskifting av anlegg i storsalen.' },
    { title: 'Bibliotekmedier', kind: 'varer', min: 300_000, max: 1_500_000, themes: [], description: 'Bøker og andre medier til folkebiblioteket.' },
  ],
  'Økonomi og digitalisering': [
    { title: 'Sak- og arkivsystem', kind: 'tjenester', min: 3_000_000, max: 15_000_000, themes: ['digitalisering'], description: 'Skybasert sak- og arkivsystem med overgang fra dagens løsning.' },
    { title: 'Nettverksutstyr', kind: 'varer', min: 1_000_000, max: 6_000_000, themes: ['digitalisering', 'klima_miljo'], description: 'Svitsjer og trådløse aksesspunkt til alle kommunale bygg.' },
    { title: 'Mobiltelefoni og abonnement', kind: 'tjenester', min: 800_000, max: 3_000_000, themes: ['digitalisering'], description: 'Mobilabonnement og telefoner, med retur og gjenbruk.' },
    { title: 'Kontorrekvisita', kind: 'varer', min: 150_000, max: 900_000, themes: ['klima_miljo'], description: 'Rammeavtale på kontorrekvisita med miljømerkede produkter.' },
    { title: 'Forsikringstjenester', kind: 'tjenester', min: 2_500_000, max: 10_000_000, themes: [], description: 'Kommunens skade- og personforsikringer.' },
    { title: 'Konsulent for regnskapsanalyse', kind: 'tjenester', min: 60_000, max: 95_000, themes: [], description: 'Kort oppdrag: analyse av driftsregnskapet.' },
  ],
  Samfunnsutvikling: [
    { title: 'Konsulenttjenester til kommuneplanens arealdel', kind: 'tjenester', min: 500_000, max: 2_500_000, themes: ['baerekraft'], description: 'Utredninger og planfaglig bistand.' },
    { title: 'Lærlingordning i kommunale kontrakter', kind: 'tjenester', min: 80_000, max: 400_000, themes: ['inkludering', 'seriositet'], description: 'Bistand til oppfølging av lærlingkrav.' },
  ],
};

export const places = ['Nordby', 'Haugen', 'Sentrum', 'Vestre', 'Åsen', 'Bakkeli', 'Øvre Dal', 'Strand', 'Lia', 'Furuly'];
export const buyers = ['Kari Nordmann', 'Ola Hansen', 'Ingrid Berg', 'Ahmed Khan', 'Sofie Lunde', 'Per Ødegård'];
export const needOwners = ['Rektor Liv Moe', 'Enhetsleder Tor Aas', 'Virksomhetsleder Nina Holm', 'Driftssjef Arne Vik', 'Eiendomssjef Berit Strand', 'IKT-leder Jonas Lie'];
export const cancelReasons = [
  'Ingen tilbud innen fristen.',
  'Alle tilbud over budsjett; behovet vurderes på nytt.',
  'Behovet falt bort etter omorganisering.',
];
