import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraph } from './support/fixtures.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;
beforeAll(async () => {
  cms = await startPayload();
});
afterAll(async () => {
  await cms?.stop();
});

let counter = 0;
async function frenchArticle(portals: ('hospichild' | 'seul-avec-enfant')[] = ['hospichild']) {
  counter += 1;
  return cms.payload.create({
    collection: 'articles',
    locale: 'fr',
    data: {
      title: `Source ${counter}`,
      summary: 'Résumé source.',
      body: paragraph('Texte source.'),
      kind: 'page',
      portals,
      _status: 'published',
    },
    overrideAccess: true,
  });
}

function save(id: number, locale: 'fr' | 'nl', data: Record<string, unknown>) {
  return cms.payload.update({
    collection: 'articles',
    id,
    locale,
    data: { ...data, _status: 'published' },
    overrideAccess: true,
  });
}

async function translated(id: number) {
  return save(id, 'nl', {
    title: `Bron ${id}`,
    summary: 'Bronsamenvatting.',
    body: paragraph('Brontekst.'),
  });
}

function detail(doc: { translationDetails?: unknown }, field: string) {
  return (doc.translationDetails as { status: { nl?: Record<string, string> } }).status.nl?.[field];
}

describe('translation status', () => {
  it('reports the Dutch translation missing for a new French article of a bilingual portal', async () => {
    const doc = await frenchArticle();
    expect(doc.translationStates).toEqual(['nl:missing']);
    expect(detail(doc, 'body')).toBe('missing');
  });

  it('reports it up to date once every field is translated', async () => {
    const doc = await translated((await frenchArticle()).id);
    expect(doc.translationStates).toEqual(['nl:up-to-date']);
  });

  it('marks only the Dutch fields whose French source changed as outdated', async () => {
    const { id } = await translated((await frenchArticle()).id);
    const after = await save(id, 'fr', {
      body: paragraph('Texte source, avec une nouvelle adresse.'),
    });
    expect(after.translationStates).toEqual(['nl:outdated']);
    expect(detail(after, 'body')).toBe('outdated');
    expect(detail(after, 'title')).toBe('up-to-date');
  });

  it('is up to date again once the outdated field is translated anew', async () => {
    const { id } = await translated((await frenchArticle()).id);
    await save(id, 'fr', { summary: 'Nouveau résumé.' });
    const after = await save(id, 'nl', { summary: 'Nieuwe samenvatting.' });
    expect(after.translationStates).toEqual(['nl:up-to-date']);
  });

  it('keeps a field outdated when a Dutch save leaves its text unchanged', async () => {
    const { id } = await translated((await frenchArticle()).id);
    await save(id, 'fr', { summary: 'Résumé revu.' });
    const after = await save(id, 'nl', { title: 'Andere titel', summary: 'Bronsamenvatting.' });
    expect(detail(after, 'summary')).toBe('outdated');
  });

  it('shows a partly translated article as missing, naming the missing field', async () => {
    const { id } = await frenchArticle();
    const after = await save(id, 'nl', { title: 'Alleen de titel' });
    expect(after.translationStates).toEqual(['nl:missing']);
    expect(detail(after, 'title')).toBe('up-to-date');
    expect(detail(after, 'summary')).toBe('missing');
  });

  it('tracks nothing for a portal that publishes in French only', async () => {
    const doc = await frenchArticle(['seul-avec-enfant']);
    expect(doc.translationStates).toEqual([]);
  });

  it('tracks fields nested in the sections of a hospital fiche', async () => {
    const fiche = await cms.payload.create({
      collection: 'hospitals',
      locale: 'fr',
      data: {
        name: 'Hôpital traduit',
        maternity: { body: paragraph('Maternité.') },
        portals: ['hospichild'],
        _status: 'published',
      },
      overrideAccess: true,
    });
    const after = await cms.payload.update({
      collection: 'hospitals',
      id: fiche.id,
      locale: 'nl',
      data: { name: 'Vertaald ziekenhuis' },
      overrideAccess: true,
    });
    expect(detail(after, 'maternity.body')).toBe('missing');
    expect(detail(after, 'name')).toBe('up-to-date');
  });

  it('lets the list view filter the articles whose Dutch is outdated', async () => {
    const { id } = await translated((await frenchArticle()).id);
    await save(id, 'fr', { title: 'Titre changé' });
    const { docs } = await cms.payload.find({
      collection: 'articles',
      where: { translationStates: { contains: 'nl:outdated' } },
      limit: 100,
    });
    expect(docs.map((doc) => doc.id)).toContain(id);
  });
});
