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
  /** The main CPV 2008 code of such a need. */
  cpv?: string;
  /** Advice, licences, insurance: a footprint the office can justify as insignificant (FOA § 7-9 (5)). */
  climateExempt?: true;
}

export const departments: Record<string, NeedTemplate[]> = {
  'Oppvekst og utdanning': [
    { title: 'Elev-PC-er og nettbrett til grunnskolen', cpv: '30213000', kind: 'varer', min: 2_000_000, max: 9_000_000, themes: ['digitalisering', 'klima_miljo'], description: 'Leasing av elevmaskiner for 1.–10. trinn, med innlevering og gjenbruk.' },
    { title: 'Skolemøbler til {place} skole', cpv: '39160000', kind: 'varer', min: 400_000, max: 2_500_000, themes: ['klima_miljo', 'baerekraft'], description: 'Pulter, stoler og oppbevaring; krav til ombruk og lang levetid.' },
    { title: 'Skoleskyss rute {n}', cpv: '60130000', kind: 'tjenester', min: 1_500_000, max: 6_000_000, themes: ['klima_miljo', 'seriositet'], description: 'Skoleskyss med fossilfrie kjøretøy; krav til lønns- og arbeidsvilkår for sjåfører.' },
    { title: 'Digitale læremidler', cpv: '48190000', kind: 'tjenester', climateExempt: true, min: 300_000, max: 2_000_000, themes: ['digitalisering'], description: 'Lisenser til digitale læremidler for ungdomstrinnet.' },
    { title: 'Matservering i barnehagene', cpv: '55523100', kind: 'saerlige_tjenester', min: 800_000, max: 3_500_000, themes: ['baerekraft', 'inkludering'], description: 'Sunn mat med lokale råvarer; lærlingplass hos leverandøren.' },
  ],
  'Helse og omsorg': [
    { title: 'Velferdsteknologi: digitalt tilsyn', cpv: '33195000', kind: 'varer', min: 1_500_000, max: 8_000_000, themes: ['innovasjon', 'digitalisering'], description: 'Sensorer og kameraer for nattlig tilsyn i hjemmetjenesten.' },
    { title: 'Medisinsk forbruksmateriell', cpv: '33140000', kind: 'varer', min: 1_000_000, max: 5_000_000, themes: ['klima_miljo'], description: 'Rammeavtale på forbruksmateriell til sykehjem og hjemmetjeneste.' },
    { title: 'Trygghetsalarmer og responssenter', cpv: '35121700', kind: 'tjenester', min: 900_000, max: 4_000_000, themes: ['digitalisering'], description: 'Digitale trygghetsalarmer med responstjeneste hele døgnet.' },
    { title: 'Avlastningstjenester for barn og unge', cpv: '85311000', kind: 'helse_sosial', min: 2_000_000, max: 14_000_000, themes: ['inkludering', 'seriositet'], description: 'Kjøp av avlastningsplasser; krav til bemanning og kompetanse.' },
    { title: 'Matombringing til hjemmeboende', cpv: '55521100', kind: 'saerlige_tjenester', min: 600_000, max: 2_400_000, themes: ['inkludering', 'klima_miljo'], description: 'Varm mat levert hjem, med elektriske kjøretøy.' },
    { title: 'Inkontinensprodukter', cpv: '33751000', kind: 'varer', min: 500_000, max: 2_200_000, themes: ['baerekraft'], description: 'Rammeavtale med opplæring av personalet.' },
  ],
  'Teknisk drift': [
    { title: 'Brøyting og strøing rode {n}', cpv: '90620000', kind: 'tjenester', min: 1_000_000, max: 6_000_000, themes: ['seriositet'], description: 'Vintervedlikehold av kommunale veier; HMS-kort og begrenset underleverandørkjede.' },
    { title: 'Asfaltering av kommunale veier', cpv: '45233222', kind: 'bygg_anlegg', min: 3_000_000, max: 25_000_000, themes: ['klima_miljo', 'seriositet'], description: 'Reasfaltering med lavtemperaturasfalt og fossilfri anleggsdrift.' },
    { title: 'Mobilitetstjenester i stedet for tjenestebiler', cpv: '60100000', kind: 'tjenester', min: 2_000_000, max: 9_000_000, themes: ['innovasjon', 'klima_miljo'], description: 'Kommunen kjøper mobilitet, ikke biler: bilpool, el-sykler og kollektivkort.' },
    { title: 'Vann- og avløpsrør, rammeavtale', cpv: '44163100', kind: 'varer', min: 1_500_000, max: 7_000_000, themes: ['baerekraft'], description: 'Rør og deler til vann- og avløpsnettet.' },
    { title: 'Ny vannledning {place}', cpv: '45231300', kind: 'bygg_anlegg', min: 8_000_000, max: 70_000_000, themes: ['klima_miljo', 'seriositet'], description: 'Utskifting av hovedvannledning; fossilfri byggeplass.' },
  ],
  Eiendom: [
    { title: 'Rehabilitering av {place} skole', cpv: '45214200', kind: 'bygg_anlegg', min: 20_000_000, max: 120_000_000, themes: ['klima_miljo', 'seriositet', 'inkludering'], description: 'Totalentreprise med krav om lærlinger og ombruk av materialer.' },
    { title: 'Nytt sykehjem, totalentreprise', cpv: '45215213', kind: 'bygg_anlegg', min: 60_000_000, max: 300_000_000, themes: ['klima_miljo', 'seriositet'], description: 'Nytt sykehjem med 96 plasser; passivhusstandard.' },
    { title: 'Renholdstjenester i kommunale bygg', cpv: '90910000', kind: 'tjenester', min: 2_000_000, max: 12_000_000, themes: ['seriositet', 'inkludering'], description: 'Renhold med krav til lønns- og arbeidsvilkår og arbeidstrening.' },
    { title: 'Rammeavtale elektrikertjenester', cpv: '45310000', kind: 'tjenester', min: 1_500_000, max: 8_000_000, themes: ['seriositet'], description: 'Elektrikertjenester til kommunale bygg.' },
    { title: 'Energisparekontrakt (EPC)', cpv: '71314300', kind: 'bygg_anlegg', min: 10_000_000, max: 45_000_000, themes: ['klima_miljo', 'innovasjon'], description: 'Energieffektivisering med garantert besparelse.' },
  ],
  'Kultur og fritid': [
    { title: 'Hotell og konferanse for kommunestyrets samling', cpv: '55120000', kind: 'saerlige_tjenester', min: 150_000, max: 900_000, themes: [], description: 'Overnatting, møterom og servering (særlige tjenester, vedlegg 2).' },
    { title: 'Kunstgressbane på {place}', cpv: '45236110', kind: 'bygg_anlegg', min: 3_000_000, max: 12_000_000, themes: ['klima_miljo'], description: 'Ny bane uten gummigranulat.' },
    { title: 'Lyd- og lysanlegg til kulturhuset', cpv: '32342400', kind: 'varer', min: 700_000, max: 3_000_000, themes: ['baerekraft'], description: 'Utskifting av anlegg i storsalen.' },
    { title: 'Bibliotekmedier', cpv: '22113000', kind: 'varer', min: 300_000, max: 1_500_000, themes: [], description: 'Bøker og andre medier til folkebiblioteket.' },
  ],
  'Økonomi og digitalisering': [
    { title: 'Sak- og arkivsystem', cpv: '48311000', kind: 'tjenester', min: 3_000_000, max: 15_000_000, themes: ['digitalisering'], description: 'Skybasert sak- og arkivsystem med overgang fra dagens løsning.' },
    { title: 'Nettverksutstyr', cpv: '32420000', kind: 'varer', min: 1_000_000, max: 6_000_000, themes: ['digitalisering', 'klima_miljo'], description: 'Svitsjer og trådløse aksesspunkt til alle kommunale bygg.' },
    { title: 'Mobiltelefoni og abonnement', cpv: '64212000', kind: 'tjenester', min: 800_000, max: 3_000_000, themes: ['digitalisering'], description: 'Mobilabonnement og telefoner, med retur og gjenbruk.' },
    { title: 'Kontorrekvisita', cpv: '30192000', kind: 'varer', min: 150_000, max: 900_000, themes: ['klima_miljo'], description: 'Rammeavtale på kontorrekvisita med miljømerkede produkter.' },
    { title: 'Forsikringstjenester', cpv: '66510000', kind: 'tjenester', climateExempt: true, min: 2_500_000, max: 10_000_000, themes: [], description: 'Kommunens skade- og personforsikringer.' },
    { title: 'Advokattjenester, rammeavtale', cpv: '79110000', kind: 'saerlige_tjenester', climateExempt: true, min: 1_000_000, max: 9_000_000, themes: [], description: 'Juridisk bistand i arbeidsrett, plan- og bygningsrett og anskaffelser (særlige tjenester, vedlegg 2).' },
    { title: 'Konsulent for regnskapsanalyse', cpv: '79210000', kind: 'tjenester', min: 60_000, max: 95_000, themes: [], description: 'Kort oppdrag: analyse av driftsregnskapet.' },
  ],
  Samfunnsutvikling: [
    { title: 'Konsulenttjenester til kommuneplanens arealdel', cpv: '71410000', kind: 'tjenester', climateExempt: true, min: 500_000, max: 2_500_000, themes: ['baerekraft'], description: 'Utredninger og planfaglig bistand.' },
    { title: 'Lærlingordning i kommunale kontrakter', cpv: '79414000', kind: 'tjenester', min: 80_000, max: 400_000, themes: ['inkludering', 'seriositet'], description: 'Bistand til oppfølging av lærlingkrav.' },
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
