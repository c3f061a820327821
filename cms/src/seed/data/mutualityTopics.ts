import type { MutualityTopic } from '@portals/content-models/collections';
import type { SeedFicheSection } from '../types.ts';

/**
 * Topic texts for the demo mutuality fiches, in our own words and deliberately general:
 * each union's real benefits differ and change every year, so every text says so.
 */
const checkFr =
  'Montants et conditions : renseignez-vous auprès de votre antenne (texte de démonstration).';
const checkNl = 'Bedragen en voorwaarden: vraag het na bij je kantoor (demonstratietekst).';

const texts: Record<MutualityTopic, (union: string) => SeedFicheSection> = {
  hospitalisation: (union) => ({
    fr: [
      `${union} rembourse une partie du séjour de l’enfant et, souvent, les frais du parent qui reste dormir à ses côtés.`,
      checkFr,
    ],
    nl: [
      `${union} betaalt een deel van het verblijf van het kind terug en vaak ook de kosten van de ouder die blijft overnachten.`,
      checkNl,
    ],
  }),
  seriousIllness: (union) => ({
    fr: [
      `Quand un enfant est gravement malade, ${union} peut intervenir dans des frais que l’assurance obligatoire ne couvre pas, et orienter vers du soutien psychologique.`,
      checkFr,
    ],
    nl: [
      `Bij een ernstig ziek kind kan ${union} tussenkomen in kosten die de verplichte verzekering niet dekt, en doorverwijzen naar psychologische steun.`,
      checkNl,
    ],
  }),
  homeCare: (union) => ({
    fr: [
      `Après une hospitalisation, ${union} aide à organiser les soins à domicile : infirmière, garde-malade pour enfant, aide familiale.`,
    ],
    nl: [
      `Na een ziekenhuisopname helpt ${union} om de zorg thuis te regelen: verpleging, oppas voor zieke kinderen, gezinshulp.`,
    ],
  }),
  disability: (union) => ({
    fr: [
      `Le service social de ${union} explique la reconnaissance du handicap de l’enfant et les allocations familiales majorées qui en découlent.`,
    ],
    nl: [
      `De sociale dienst van ${union} legt uit hoe de handicap van een kind erkend wordt en welke verhoogde kinderbijslag daaruit volgt.`,
    ],
  }),
  equipmentLoan: (union) => ({
    fr: [
      `${union} prête ou loue à petit prix du matériel : lit médicalisé, fauteuil roulant adapté à l’enfant, tire-lait.`,
      checkFr,
    ],
    nl: [
      `${union} leent of verhuurt goedkoop materiaal uit: een verzorgingsbed, een rolstoel op maat van het kind, een borstkolf.`,
      checkNl,
    ],
  }),
  reimbursements: (union) => ({
    fr: [
      `Au-delà des remboursements légaux, ${union} propose des avantages pour les jeunes familles : prime de naissance, séances chez la psychologue, stages de vacances.`,
      checkFr,
    ],
    nl: [
      `Naast de wettelijke terugbetalingen heeft ${union} voordelen voor jonge gezinnen: een geboortepremie, sessies bij een psycholoog, vakantiekampen.`,
      checkNl,
    ],
  }),
  socialService: (union) => ({
    fr: [
      `Les assistants sociaux de ${union} reçoivent les parents sur rendez-vous, à l’antenne ou à l’hôpital, pour faire le point sur leurs droits.`,
    ],
    nl: [
      `De maatschappelijk werkers van ${union} ontvangen ouders op afspraak, op het kantoor of in het ziekenhuis, om hun rechten te overlopen.`,
    ],
  }),
};

/** The topics a fiche covers, with the union's name written in; `nlOnly` drops the French. */
export function topics(
  union: string,
  keys: MutualityTopic[],
  nlOnly = false,
): Partial<Record<MutualityTopic, SeedFicheSection>> {
  return Object.fromEntries(
    keys.map((key) => {
      const text = texts[key](union);
      return [key, nlOnly ? { nl: text.nl } : text];
    }),
  );
}
