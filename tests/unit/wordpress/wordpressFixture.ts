import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseWxr, planImport } from '@portals/cms/import/wordpress';

export const fixtures = path.resolve(import.meta.dirname, '../../fixtures/wordpress');

/** The fixture export planned for a bilingual portal, with the fixture's media folder. */
export async function fixturePlan() {
  const wxr = await parseWxr(path.join(fixtures, 'export.xml'));
  const plan = planImport(wxr, {
    locales: ['fr', 'nl'],
    fileExists: (file) => existsSync(path.join(fixtures, 'media', file)),
  });
  return { wxr, plan };
}
