import { slugify } from '@portals/content-models';
import type { Payload } from 'payload';
import { saeDocuments, saeProjects, saeTools } from './data/seulAvecEnfantResources.ts';
import { demoPdf } from './demoPdf.ts';
import { findId, idsOf, type Id } from './findId.ts';
import { progress } from './progress.ts';
import { toLexical } from './toLexical.ts';

const portals = ['seul-avec-enfant' as const];

/** Projects, tools and reference documents of seul avec enfant (French only). */
export async function seedResources(
  payload: Payload,
  themeIds: Map<string, Id>,
  log: (line: string) => void,
) {
  let created = 0;
  const bar = progress(
    'projects, tools and documents',
    saeProjects.length + saeTools.length + saeDocuments.length,
    log,
  );
  for (const project of saeProjects) {
    const slug = slugify(project.title);
    if ((await findId(payload, 'projects', { slug: { equals: slug } })) == null) {
      await payload.create({
        collection: 'projects',
        locale: 'fr',
        data: {
          title: project.title,
          slug,
          summary: project.text,
          body: toLexical([project.text]),
          promoter: project.promoter,
          area: project.area,
          themes: idsOf(project.themes, themeIds, 'theme'),
          portals,
          isDemo: true,
          _status: 'published',
        },
        overrideAccess: true,
      });
      created += 1;
    }
    bar.tick();
  }
  for (const tool of saeTools) {
    const slug = slugify(tool.title);
    if ((await findId(payload, 'tools', { slug: { equals: slug } })) == null) {
      await payload.create({
        collection: 'tools',
        locale: 'fr',
        data: {
          title: tool.title,
          slug,
          description: tool.text,
          kind: tool.kind,
          url: tool.url,
          provider: tool.provider,
          themes: idsOf(tool.themes, themeIds, 'theme'),
          portals,
          isDemo: true,
          _status: 'published',
        },
        overrideAccess: true,
      });
      created += 1;
    }
    bar.tick();
  }
  for (const document of saeDocuments) {
    if ((await findId(payload, 'documents', { title: { equals: document.title } })) == null) {
      const data = demoPdf(document.title.normalize('NFC'), document.text);
      await payload.create({
        collection: 'documents',
        locale: 'fr',
        data: {
          title: document.title,
          summary: document.text,
          kind: document.kind,
          publisher: document.publisher,
          themes: idsOf(document.themes, themeIds, 'theme'),
          portals,
          isDemo: true,
        },
        file: {
          data,
          mimetype: 'application/pdf',
          name: `${slugify(document.title)}.pdf`,
          size: data.length,
        },
        overrideAccess: true,
      });
      created += 1;
    }
    bar.tick();
  }
  return { created };
}
