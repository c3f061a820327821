import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

let container: AstroContainer | undefined;

/**
 * A view's HTML from its props, as a built page would hold it, minus the attributes Astro
 * adds in development (`data-astro-source-*`, scoped-style ids), so tests read plain markup.
 */
export async function renderView(
  view: AstroComponentFactory,
  props: Record<string, unknown>,
): Promise<string> {
  if (!container) {
    container = await AstroContainer.create({ astroConfig: { site: 'http://localhost:4321' } });
    // MDX content renders through Astro's JSX renderer, which a site's mdx() integration adds.
    container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  }
  const html = await container.renderToString(view, { props });
  return html.replace(/ data-astro-[\w-]+(="[^"]*")?/g, '');
}
