import type { Payload } from 'payload';
import { agendaItems } from './data/agenda.ts';
import { bornInBrusselsArticles, bornInBrusselsReuse } from './data/bornInBrusselsArticles.ts';
import { bornInBrusselsNews } from './data/bornInBrusselsNews.ts';
import { bornInBrusselsPages } from './data/bornInBrusselsPages.ts';
import { bornInBrusselsSections } from './data/bornInBrusselsTree.ts';
import { bornInBrusselsFaq } from './data/bornInBrusselsFaq.ts';
import { faqEntries } from './data/faq.ts';
import { hospichildDocuments } from './data/hospichildDocuments.ts';
import { hospichildFaq } from './data/hospichildFaq.ts';
import { hospichildNews } from './data/hospichildNews.ts';
import { hospichildArticles, hospichildSections } from './data/hospichild.ts';
import { hospitals } from './data/hospitals.ts';
import { mutualities } from './data/mutualities.ts';
import { referentOrganisations } from './data/referents.ts';
import { seulAvecEnfantArticles, seulAvecEnfantSections } from './data/seulAvecEnfant.ts';
import { themes } from './data/themes.ts';
import { placeReusedArticles, seedArticles } from './seedArticles.ts';
import { seedAgenda } from './seedAgenda.ts';
import { seedDirectoryCuration } from './seedDirectoryCuration.ts';
import { seedDocuments } from './seedDocuments.ts';
import { seedFaq } from './seedFaq.ts';
import { seedHospitals, seedMutualities } from './seedFiches.ts';
import { seedJourneys } from './seedJourneys.ts';
import { seedMessages } from './seedMessages.ts';
import { seedMidwives } from './seedMidwives.ts';
import { seedNewsletter } from './seedNewsletter.ts';
import { seedPortals, seedRedirects } from './seedPortals.ts';
import { seedResources } from './seedResources.ts';
import { seedSections } from './seedSections.ts';
import { seedSeulAvecEnfant } from './seedSeulAvecEnfant.ts';
import { seedReferentOrganisations, seedThemes } from './seedThemes.ts';
import { seedReferents, seedUsers, type DemoCredentials } from './seedUsers.ts';
import { seedWorkflowExamples } from './seedWorkflowExamples.ts';

export interface SeedOptions {
  credentials: DemoCredentials;
  log?: (line: string) => void;
}

/**
 * Fills the database with demonstration content. Idempotent: what already exists (same
 * e-mail, same slug) is left as it is, so running it twice changes nothing.
 */
export async function seed(payload: Payload, { credentials, log = console.log }: SeedOptions) {
  const started = Date.now();
  log('Seeding demo content…');
  const users = await seedUsers(payload, credentials);
  const themeIds = await seedThemes(payload, themes, log);
  const organisationIds = await seedReferentOrganisations(
    payload,
    referentOrganisations,
    themeIds,
    log,
  );
  const referents = await seedReferents(payload, credentials.password, organisationIds);

  const hospichildTree = await seedSections(payload, 'hospichild', hospichildSections, log);
  const articles = await seedArticles(
    payload,
    'hospichild',
    [...hospichildArticles, ...hospichildNews],
    { sections: hospichildTree, themes: themeIds },
    log,
  );
  const bibTree = await seedSections(payload, 'born-in-brussels', bornInBrusselsSections, log);
  const bibArticles = await seedArticles(
    payload,
    'born-in-brussels',
    // The pages first: their order of creation is the editors' first order of each section.
    [...bornInBrusselsPages, ...bornInBrusselsArticles, ...bornInBrusselsNews],
    { sections: bibTree, themes: themeIds },
    log,
  );
  await placeReusedArticles(payload, 'born-in-brussels', bornInBrusselsReuse, bibTree, log);
  const saeTree = await seedSections(payload, 'seul-avec-enfant', seulAvecEnfantSections, log);
  const saeArticles = await seedArticles(
    payload,
    'seul-avec-enfant',
    seulAvecEnfantArticles,
    { sections: saeTree, themes: themeIds },
    log,
  );
  const saeRights = await seedSeulAvecEnfant(
    payload,
    { sections: saeTree, themes: themeIds, organisations: organisationIds },
    log,
  );

  const journeys = await seedJourneys(payload, organisationIds, log);

  const fiches = await seedHospitals(payload, hospitals, log);
  const antennas = await seedMutualities(payload, mutualities, log);
  const agenda = await seedAgenda(payload, agendaItems, themeIds, log);
  const faq = await seedFaq(
    payload,
    [...faqEntries, ...hospichildFaq, ...bornInBrusselsFaq],
    { themes: themeIds, organisations: organisationIds },
    log,
  );
  const resources = await seedResources(payload, themeIds, log);
  const documents = await seedDocuments(payload, hospichildDocuments, themeIds, log);
  const portals = await seedPortals(payload, log);
  const curations = await seedDirectoryCuration(payload, log);
  const midwives = await seedMidwives(payload, log);
  const redirects = await seedRedirects(payload, log);
  // After the news and the agenda: the demo editions list some of them.
  const newsletter = await seedNewsletter(payload, log);
  await seedMessages(payload, themeIds, log);
  const draftSections = new Map([...bibTree, ...saeTree]);
  const drafts = await seedWorkflowExamples(
    payload,
    { sections: draftSections, themes: themeIds },
    log,
  );

  const newArticles =
    articles.created +
    bibArticles.created +
    saeArticles.created +
    saeRights.created +
    drafts.created;
  const sections = hospichildTree.size + bibTree.size + saeTree.size;
  log(
    `Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${users.created + referents.created} user(s), ${newArticles} new article(s), ${sections} section(s), ` +
      `${fiches.created + antennas.created} fiche(s), ${agenda.created} agenda item(s), ${faq.created} FAQ entr(ies), ` +
      `${resources.created + documents.created} resource(s), ${portals.created} portal record(s), ${curations.created} directory curation(s), ` +
      `${midwives.created} midwife record(s), ${redirects.created} redirect(s), ${journeys.created} journey(s), ` +
      `${newsletter.created} newsletter record(s).`,
  );
  return { users, articles: { created: newArticles }, sections };
}

/** True when the database holds no article yet: `npm start` seeds only then. */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'articles', overrideAccess: true });
  return totalDocs === 0;
}

/** The demo markup's Lexical form, for tests that write rich text as the seed does. */
export { toLexical } from './toLexical.ts';
