import { describe, expect, it } from 'vitest';
import { hospitalSections } from '@portals/content-models/collections';
import {
  hospitalDocSchema,
  hospitalFields,
  hospitalKind,
  siteHospitalSchema,
  toSiteHospital,
} from '../../../shared/src/features/hospitals/kind.ts';
import { hospitalDocs, hospitalEntries } from '../../fixtures/fiches/ficheFixtures.ts';

function byId(id: string) {
  const hospital = hospitalEntries().entries.find((entry) => entry.id === id);
  if (!hospital) throw new Error(`fixture hospital ${id} is missing`);
  return hospital;
}

describe('hospital content kind', () => {
  it('requests every fiche section, in the order of the model', () => {
    const requested = hospitalFields.filter((field) => field in hospitalSections);
    expect(requested).toEqual(Object.keys(hospitalSections));
    expect(hospitalFields).toContain('_status');
    expect(hospitalKind.collection).toBe('hospitals');
  });

  it('maps every fixture document to an entry the content layer accepts', () => {
    const { entries, warnings } = hospitalEntries();
    expect(entries.map((entry) => entry.id)).toEqual(['1', '2', '665f1c2ab0e4d1a2b3c4d5e7']);
    for (const entry of entries) expect(siteHospitalSchema.parse(entry)).toEqual(entry);
    expect(warnings).toEqual([]);
  });

  it('keeps the languages where the fiche has a name and a slug', () => {
    expect(byId('1').availableLocales).toEqual(['fr', 'nl']);
    expect(byId('665f1c2ab0e4d1a2b3c4d5e7').availableLocales).toEqual(['fr']);
    expect(byId('665f1c2ab0e4d1a2b3c4d5e7').translations.nl).toBeUndefined();
  });

  it('lists the sections with content in their fixed order, leaving empty ones out', () => {
    const hospital = byId('1');
    expect(hospital.translations.fr?.sections.map((s) => s.key)).toEqual([
      'description',
      'access',
      'maternity',
      'paediatricEmergencies',
      'childPsychiatry',
      'hospitalSchool',
    ]);
    expect(hospital.translations.nl?.sections.map((s) => s.key)).toEqual([
      'description',
      'access',
      'maternity',
      'paediatricEmergencies',
      'hospitalSchool',
    ]);
  });

  it('names the sections written in another language only', () => {
    expect(byId('1').translations.nl?.untranslated).toEqual(['childPsychiatry']);
    expect(byId('1').translations.fr?.untranslated).toEqual([]);
  });

  it('dates a section by its validation stamp, else by the document’s last change', () => {
    const sections = byId('1').translations.fr!.sections;
    const date = (key: string) => sections.find((s) => s.key === key)?.updatedAt;
    expect(date('maternity')).toBe('2026-05-12T00:00:00.000Z');
    expect(date('access')).toBe('2026-03-01T10:00:00.000Z');
    expect(byId('665f1c2ab0e4d1a2b3c4d5e7').translations.fr?.sections[0]?.updatedAt).toBe(
      '2026-01-15',
    );
  });

  it('renders section bodies to HTML with their headings under the section’s h2', () => {
    const school = byId('1').translations.fr!.sections.find((s) => s.key === 'hospitalSchool');
    expect(school?.html).toBe(
      '<h3>Inscription</h3><p>L’école suit l’enfant pendant son séjour.</p>',
    );
  });

  it('sanitises a section body', () => {
    const doc = hospitalDocSchema.parse({
      ...(hospitalDocs[1] as object),
      description: {
        body: {
          fr: {
            root: {
              type: 'root',
              children: [
                {
                  type: 'paragraph',
                  version: 1,
                  children: [
                    {
                      type: 'link',
                      version: 3,
                      fields: { linkType: 'custom', url: 'javascript:alert(1)' },
                      children: [{ type: 'text', version: 1, text: 'piège', format: 0 }],
                    },
                  ],
                },
              ],
            },
          },
        },
      },
    });
    const html = toSiteHospital(doc, () => undefined)?.translations.fr?.sections[0]?.html;
    expect(html).toContain('piège');
    expect(html).not.toContain('javascript:');
  });

  it('gives the contact row per language, the address in the other one where it is missing', () => {
    expect(byId('1').translations.nl).toMatchObject({
      contact: {
        address: { street: 'Lindestraat 1', postcode: '1000', city: 'Brussel' },
        phones: ['+32 2 555 03 01'],
        emails: ['info@tilleuls.example'],
        website: 'https://www.tilleuls.example/',
        coordinates: { lat: 50.85, lon: 4.35 },
      },
      addressLang: 'nl',
    });
    expect(byId('2').translations.nl).toMatchObject({
      contact: {
        address: { street: 'Avenue du Parc 20', postcode: '1050', city: 'Ixelles' },
        phones: ['02/555.03.02'],
        emails: [],
        website: null,
        coordinates: null,
      },
      addressLang: 'fr',
    });
  });

  it('skips a fiche with no name in any language and says so', () => {
    const warnings: string[] = [];
    const doc = hospitalDocSchema.parse({
      ...(hospitalDocs[1] as object),
      id: 9,
      name: { fr: ' ', nl: null },
    });
    expect(toSiteHospital(doc, (message) => warnings.push(message))).toBeNull();
    expect(warnings).toEqual(['hospital 9 has no name and slug in any language: skipped']);
  });

  it('refuses a document read without locale=all, saying so', () => {
    const result = hospitalDocSchema.safeParse({ ...(hospitalDocs[0] as object), name: 'HUDERF' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['name']);
    expect(result.error?.issues[0]?.message).toMatch(/was the request made with locale=all\?/);
  });

  it('refuses a document without its publication status, saying why it is needed', () => {
    const doc = { ...(hospitalDocs[0] as Record<string, unknown>) };
    delete doc._status;
    const result = hospitalDocSchema.safeParse(doc);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/are drafts enabled and _status selected\?/);
  });
});
