import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsEditor, paragraph } from './support/cmsEditor.ts';
import { startPublishPipeline, type PublishPipeline } from './support/publishPipeline.ts';

// Hospitals, agenda items and FAQ entries go online and off by the same pipeline as articles
// (publish.e2e.test.ts): one document of each, published in one burst, unpublished in another,
// so the pipeline coalesces each burst into as few builds as it can.
const log = (line: string) => console.log(`[publish kinds e2e] ${line}`);
const word = 'qxjtamarinier';
let pipeline: PublishPipeline;
let editor: Awaited<ReturnType<typeof cmsEditor>>;
const ids = { hospital: 0, agenda: 0, faq: 0 };
const paths = { hospitalFr: '', hospitalNl: '', agendaFr: '' };

beforeAll(async () => {
  pipeline = await startPublishPipeline(log);
  editor = await cmsEditor(pipeline.cms.url);
});
afterAll(() => {
  // The whole CMS and its live site are throwaway: stopping the pipeline removes them.
  pipeline?.stop();
});

const common = { portals: ['hospichild'], isDemo: true };
const text = async (urlPath: string) => (await fetch(`${pipeline.siteUrl}${urlPath}`)).text();

/** Where each document shows, read from the live site in one go. */
async function liveView() {
  const [hospitalList = '', agendaList = '', feed = '', faqPage = '', sitemap = ''] =
    await Promise.all(
      [
        '/fr/hopitaux/',
        '/fr/agenda/',
        '/fr/agenda.ics',
        '/fr/questions-frequentes/',
        '/sitemap.xml',
      ].map(text),
    );
  return {
    hospitalFr: await pipeline.pageStatus(paths.hospitalFr),
    hospitalNl: await pipeline.pageStatus(paths.hospitalNl),
    agendaFr: await pipeline.pageStatus(paths.agendaFr),
    hospitalListed: hospitalList.includes(`"${paths.hospitalFr}"`),
    agendaListed: agendaList.includes(`"${paths.agendaFr}"`),
    agendaInFeed: feed.includes(`agenda-${ids.agenda}@`),
    faqShown: faqPage.includes(`id="faq-${ids.faq}"`) && faqPage.includes(`Question ${word}`),
    inSitemap: [paths.hospitalFr, paths.hospitalNl, paths.agendaFr].filter((p) =>
      sitemap.includes(p),
    ).length,
  };
}

describe('publishing hospitals, agenda items and FAQ entries from the CMS', () => {
  it('puts each one online by itself, on its page, its list, the feed and the sitemap', async () => {
    const since = Date.now();
    const before = await pipeline.buildCount();
    ids.hospital = await editor.publishIn('hospitals', {
      common,
      fr: { name: `Hôpital ${word}`, maternity: { body: paragraph(`Maternité ${word}.`) } },
      nl: { name: `Ziekenhuis ${word}`, maternity: { body: paragraph(`Materniteit ${word}.`) } },
    });
    ids.agenda = await editor.publishIn('agenda', {
      common: {
        ...common,
        kind: 'event',
        audiences: ['parents'],
        startsAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
      },
      fr: { title: `Rencontre ${word}`, description: paragraph(`Une rencontre ${word}.`) },
    });
    ids.faq = await editor.publishIn('faq', {
      common,
      fr: { question: `Question ${word} ?`, answer: paragraph(`Réponse ${word}.`) },
    });
    const build = await pipeline.settledBuild(since, 300_000);
    expect(build.status).toBe('succeeded');
    log(`one burst of edits gave ${(await pipeline.buildCount()) - before} build(s)`);
    paths.hospitalFr = `/fr/hopitaux/${await editor.slugIn('hospitals', ids.hospital, 'fr')}/`;
    paths.hospitalNl = `/nl/ziekenhuizen/${await editor.slugIn('hospitals', ids.hospital, 'nl')}/`;
    paths.agendaFr = `/fr/agenda/${await editor.slugIn('agenda', ids.agenda, 'fr')}/`;
    expect(await liveView()).toEqual({
      hospitalFr: 200,
      hospitalNl: 200,
      agendaFr: 200,
      hospitalListed: true,
      agendaListed: true,
      agendaInFeed: true,
      faqShown: true,
      inSitemap: 3,
    });
  });

  it('takes each one off the site when it is unpublished', async () => {
    expect(ids.hospital && ids.agenda && ids.faq).toBeTruthy();
    const since = Date.now();
    await editor.unpublishIn('hospitals', ids.hospital);
    await editor.unpublishIn('agenda', ids.agenda);
    await editor.unpublishIn('faq', ids.faq);
    expect((await pipeline.settledBuild(since, 300_000)).status).toBe('succeeded');
    // Their addresses now lead to their lists (302: they may come back), not to a dead end.
    expect(await liveView()).toEqual({
      hospitalFr: 302,
      hospitalNl: 302,
      agendaFr: 302,
      hospitalListed: false,
      agendaListed: false,
      agendaInFeed: false,
      faqShown: false,
      inSitemap: 0,
    });
  });
});
