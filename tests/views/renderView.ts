import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

/** The site URL views see as `Astro.site` (canonical and hreflang links). */
export const viewSiteUrl = 'https://portal.test';

let container: Promise<AstroContainer> | undefined;

async function createContainer(): Promise<AstroContainer> {
  const created = await AstroContainer.create({ astroConfig: { site: viewSiteUrl } });
  // MDX content renders through Astro's JSX renderer, which a site's mdx() integration adds.
  created.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  return created;
}

/**
 * Renders an Astro component with its props to the HTML a build would write. Vitest runs
 * Astro's compiler in dev mode, which annotates every element with its source file and line;
 * those attributes, and the scoped-style ids (`data-astro-cid-*`), are removed so assertions
 * read plain markup.
 */
export async function renderView(
  component: AstroComponentFactory,
  props: Record<string, unknown>,
): Promise<string> {
  container ??= createContainer();
  const html = await (await container).renderToString(component, { props });
  return html.replace(/ data-astro-(?:source-(?:file|loc)="[^"]*"|cid-[\w-]+)/g, '');
}
