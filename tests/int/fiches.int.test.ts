import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hospitalKind } from '../../shared/src/features/hospitals/kind.ts';
import { mutualityKind } from '../../shared/src/features/mutualities/kind.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;
beforeAll(async () => {
  cms = await startPayload();
});
afterAll(async () => {
  await cms?.stop();
});

const block = { format: '', indent: 0, version: 1, direction: 'ltr' } as const;
function body(text: string) {
  const paragraph = {
    ...block,
    type: 'paragraph',
    textFormat: 0,
    children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
  };
  return { root: { ...block, type: 'root', children: [paragraph] } };
}

/** Reads a collection as the sites do: published, every locale, only the requested fields. */
async function readAsSite(collection: 'hospitals' | 'mutualities', fields: readonly string[]) {
  const { docs } = await cms.payload.find({
    collection,
    locale: 'all',
    depth: 0,
    overrideAccess: false,
    select: Object.fromEntries(fields.map((field) => [field, true])),
    where: { and: [{ _status: { equals: 'published' } }, { portals: { in: ['hospichild'] } }] },
  });
  // The REST API sends the same JSON: what the kinds' schemas are written for.
  return JSON.parse(JSON.stringify(docs)) as unknown[];
}

describe('fiches as the CMS returns them', () => {
  it('maps a bilingual hospital: sections in order, stamps as dates, untranslated ones named', async () => {
    const doc = await cms.payload.create({
      collection: 'hospitals',
      locale: 'fr',
      data: {
        name: 'Hôpital d’essai',
        portals: ['hospichild'],
        address: { street: 'Rue de l’Essai 1', postcode: '1000', city: 'Bruxelles' },
        phone: '+32 2 555 09 09',
        coordinates: { latitude: 50.85, longitude: 4.35 },
        description: { body: body('Un hôpital pour tester.') },
        maternity: {
          body: body('Une maternité.'),
          validation: { validatedAt: '2026-05-12', validatedBy: 'Sage-femme' },
        },
        hospitalSchool: { body: body('Une école.') },
        _status: 'published',
      },
      overrideAccess: true,
    });
    await cms.payload.update({
      collection: 'hospitals',
      id: doc.id,
      locale: 'nl',
      data: {
        name: 'Testziekenhuis',
        description: { body: body('Een ziekenhuis om te testen.') },
        maternity: { body: body('Een materniteit.') },
        _status: 'published',
      },
      overrideAccess: true,
    });
    const warnings: string[] = [];
    const context = { cmsUrl: 'http://cms.test', onWarning: (m: string) => warnings.push(m) };
    const [raw] = await readAsSite('hospitals', hospitalKind.fields);
    const entry = hospitalKind.toEntry(hospitalKind.docSchema.parse(raw), context);
    expect(entry?.availableLocales).toEqual(['fr', 'nl']);
    expect(entry?.translations.fr?.sections.map((s) => s.key)).toEqual([
      'description',
      'maternity',
      'hospitalSchool',
    ]);
    expect(entry?.translations.nl?.untranslated).toEqual(['hospitalSchool']);
    expect(entry?.translations.nl?.sections[1]?.updatedAt).toMatch(/^2026-05-1[12]T/);
    expect(entry?.translations.nl).toMatchObject({
      contact: {
        address: { street: 'Rue de l’Essai 1', postcode: '1000', city: 'Bruxelles' },
        coordinates: { lat: 50.85, lon: 4.35 },
      },
      addressLang: 'fr',
    });
    expect(warnings).toEqual([]);
  });

  it('maps a mutuality written in Dutch only to a Dutch entry only', async () => {
    await cms.payload.create({
      collection: 'mutualities',
      locale: 'nl',
      data: {
        name: 'Testkantoor',
        union: 'independent',
        portals: ['hospichild'],
        openingHours: 'Woensdag',
        hospitalisation: { body: body('Terugbetaling.') },
        _status: 'published',
      },
      overrideAccess: true,
    });
    const [raw] = await readAsSite('mutualities', mutualityKind.fields);
    const entry = mutualityKind.toEntry(mutualityKind.docSchema.parse(raw), {
      cmsUrl: 'http://cms.test',
      onWarning: () => undefined,
    });
    expect(entry?.availableLocales).toEqual(['nl']);
    expect(entry?.translations.nl).toMatchObject({
      name: 'Testkantoor',
      slug: 'testkantoor',
      openingHours: 'Woensdag',
    });
    expect(entry?.translations.nl?.sections.map((s) => s.key)).toEqual(['hospitalisation']);
  });
});
