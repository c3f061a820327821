import { readFileSync } from 'node:fs';
import type { Where } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLexical } from '@portals/cms/seed';
import { documentKind } from '@portals/shared/features/documents/kind.ts';
import { faqKind } from '@portals/shared/features/faq/kind.ts';
import { referentKind } from '@portals/shared/features/faq/referentKind.ts';
import { themeKind } from '@portals/shared/features/faq/themeKind.ts';
import type { ContentKind, KitEntry } from '../../shared/src/kit/contract.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;

const cmsUrl = 'https://cms.example.test';

/**
 * Reads a collection as the kit's loader does (anonymous, every locale, depth 0, only the
 * kind's fields) and maps it through the kind: the fields and schemas meet the real CMS.
 */
async function readThrough<Doc extends { id: string }, Entry extends KitEntry>(
  kind: ContentKind<Doc, Entry>,
  where: Where = {},
) {
  const { docs } = await cms.payload.find({
    collection: kind.collection,
    locale: 'all',
    depth: 0,
    overrideAccess: false,
    where,
    select: Object.fromEntries(kind.fields.map((field) => [field, true])),
  });
  const warnings: string[] = [];
  const entries = docs.flatMap((raw) => {
    const entry = kind.toEntry(kind.docSchema.parse(raw), {
      cmsUrl,
      onWarning: (message) => warnings.push(message),
    });
    return entry ? [kind.entrySchema.parse(entry)] : [];
  });
  return { entries, warnings };
}

beforeAll(async () => {
  cms = await startPayload();
  const { payload } = cms;
  const theme = await payload.create({
    collection: 'themes',
    locale: 'fr',
    data: { title: 'Hospitalisation', portals: ['hospichild'] },
    overrideAccess: true,
  });
  await payload.update({
    collection: 'themes',
    id: theme.id,
    locale: 'nl',
    data: { title: 'Ziekenhuisopname' },
    overrideAccess: true,
  });
  const organisation = await payload.create({
    collection: 'referent-organisations',
    locale: 'fr',
    data: { name: 'Institut de test', acronym: 'IDT', website: 'https://example.org' },
    overrideAccess: true,
  });
  const faq = await payload.create({
    collection: 'faq',
    locale: 'fr',
    data: {
      question: 'Puis-je dormir à l’hôpital ?',
      answer: toLexical(['Oui, le plus souvent.']),
      answeredBy: organisation.id,
      themes: [theme.id],
      portals: ['hospichild'],
      _status: 'published',
    },
    overrideAccess: true,
  });
  await payload.update({
    collection: 'faq',
    id: faq.id,
    locale: 'nl',
    data: {
      question: 'Mag ik in het ziekenhuis slapen?',
      answer: toLexical(['Ja, meestal wel.']),
      _status: 'published',
    },
    overrideAccess: true,
  });
  await payload.create({
    collection: 'faq',
    locale: 'fr',
    data: { question: 'Brouillon jamais publié ?', portals: ['hospichild'], _status: 'draft' },
    overrideAccess: true,
  });
  const pdf = readFileSync(new URL('../fixtures/uploads/brochure.pdf', import.meta.url));
  await payload.create({
    collection: 'documents',
    locale: 'fr',
    data: { title: 'Brochure de test', kind: 'brochure', portals: ['hospichild'] },
    file: {
      data: pdf,
      name: 'brochure-de-test.pdf',
      mimetype: 'application/pdf',
      size: pdf.length,
    },
    overrideAccess: true,
  });
}, 240_000);

afterAll(async () => {
  await cms?.stop();
});

describe('the FAQ and documents kinds against the real CMS', () => {
  it('read published FAQ entries with their answer, theme and referent in both languages', async () => {
    const { entries } = await readThrough(faqKind, { _status: { equals: 'published' } });
    expect(entries).toHaveLength(1);
    expect(entries[0]?.availableLocales).toEqual(['fr', 'nl']);
    expect(entries[0]?.translations.nl?.answerHtml).toContain('Ja, meestal wel.');
    expect(entries[0]?.themeIds).toHaveLength(1);
    expect(entries[0]?.answeredById).not.toBeNull();
  });

  it('read themes and referent organisations anonymously, with their localized names', async () => {
    const themes = await readThrough(themeKind);
    expect(themes.entries[0]?.translations.nl?.title).toBe('Ziekenhuisopname');
    const referents = await readThrough(referentKind);
    expect(referents.entries[0]).toMatchObject({
      acronym: 'IDT',
      names: { fr: 'Institut de test' },
    });
  });

  it('read an uploaded PDF with its absolute URL, type and size', async () => {
    const { entries } = await readThrough(documentKind);
    expect(entries[0]).toMatchObject({
      mimeType: 'application/pdf',
      filename: 'brochure-de-test.pdf',
      filesize: readFileSync(new URL('../fixtures/uploads/brochure.pdf', import.meta.url)).length,
    });
    expect(entries[0]?.url).toMatch(/^https:\/\/cms\.example\.test\/.+brochure-de-test\.pdf$/);
  });
});
