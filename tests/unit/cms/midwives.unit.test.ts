import { describe, expect, it } from 'vitest';
import { filterMidwives, readMidwives, type SiteMidwife } from '@portals/shared/cms';
import { listFetch } from './listResponse.ts';

function midwifeDoc(id: number, languages: string[], communes: string[]) {
  return {
    id,
    name: `Sage-femme ${id} (démo)`,
    languages,
    communes,
    specialities: ['postnatal'],
    contact: { phone: '02/000.10.01', email: `sf${id}@example.org`, website: null },
    availability: { fr: 'Le mardi.', nl: null },
    portals: ['born-in-brussels'],
    isDemo: true,
  };
}

const docs = [
  midwifeDoc(1, ['fr', 'ar'], ['schaerbeek', 'evere']),
  midwifeDoc(2, ['nl', 'en'], ['schaerbeek']),
  midwifeDoc(3, ['fr', 'ar', 'ber'], ['anderlecht']),
];

async function read(list: unknown[] = docs): Promise<SiteMidwife[]> {
  return readMidwives({
    cmsUrl: 'http://cms.test',
    portal: 'born-in-brussels',
    ...listFetch(list),
  });
}

describe('readMidwives', () => {
  it('reads published midwives of the portal in every locale, ids as strings', async () => {
    const cms = listFetch(docs);
    const midwives = await readMidwives({
      cmsUrl: 'http://cms.test',
      portal: 'born-in-brussels',
      ...cms,
    });
    expect(midwives.map((midwife) => midwife.id)).toEqual(['1', '2', '3']);
    expect(midwives[0]?.availability).toEqual({ fr: 'Le mardi.', nl: null });
    const query = cms.urls[0]?.searchParams;
    expect(query?.get('locale')).toBe('all');
    expect(query?.get('where[and][1][portals][in]')).toBe('born-in-brussels');
    expect([...(query?.values() ?? [])]).toContain('published');
  });

  it('fails on a commune outside Brussels, naming the document', async () => {
    await expect(read([midwifeDoc(7, ['fr'], ['namur'])])).rejects.toThrow(
      /midwives document \(id 7\)[\s\S]*commune/,
    );
  });
});

describe('filterMidwives', () => {
  it('keeps everyone without criteria', async () => {
    expect(filterMidwives(await read())).toHaveLength(3);
  });

  it('keeps the midwives who speak a language', async () => {
    const names = filterMidwives(await read(), { language: 'ar' }).map((m) => m.id);
    expect(names).toEqual(['1', '3']);
  });

  it('keeps the midwives who cover a commune', async () => {
    const names = filterMidwives(await read(), { commune: 'schaerbeek' }).map((m) => m.id);
    expect(names).toEqual(['1', '2']);
  });

  it('requires both the language and the commune when both are given', async () => {
    const names = filterMidwives(await read(), { language: 'ar', commune: 'schaerbeek' }).map(
      (m) => m.id,
    );
    expect(names).toEqual(['1']);
    expect(filterMidwives(await read(), { language: 'tr', commune: 'schaerbeek' })).toEqual([]);
  });
});
