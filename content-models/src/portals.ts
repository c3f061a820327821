import type { Locale } from './locales.ts';

/** What the platform knows about a portal; editorial settings (contact, home page) live in the CMS. */
export interface Portal {
  /** Stable identifier stored on documents; never rename one that holds content. */
  id: string;
  /** The portal's public name, per locale. */
  name: Record<Locale, string>;
  /** Locales the portal publishes, the first being its default. */
  locales: readonly Locale[];
  /** Port on which `npm start` serves the built portal locally. */
  localPort: number;
}

export const portals = {
  hospichild: {
    id: 'hospichild',
    name: { fr: 'Hospichild', nl: 'Hospichild' },
    locales: ['fr', 'nl'],
    localPort: 4321,
  },
  bornInBrussels: {
    id: 'born-in-brussels',
    name: { fr: 'Born in Brussels', nl: 'Born in Brussels' },
    locales: ['fr', 'nl'],
    localPort: 4322,
  },
  seulAvecEnfant: {
    id: 'seul-avec-enfant',
    name: { fr: 'seul avec enfant', nl: 'seul avec enfant' },
    locales: ['fr'],
    localPort: 4323,
  },
} as const satisfies Record<string, Portal>;

export type PortalId = (typeof portals)[keyof typeof portals]['id'];

export const portalList: readonly Portal[] = Object.values(portals);

export const portalIds = portalList.map((portal) => portal.id) as PortalId[];

export function isPortalId(value: unknown): value is PortalId {
  return typeof value === 'string' && (portalIds as string[]).includes(value);
}

export function getPortal(id: string): Portal {
  const portal = portalList.find((candidate) => candidate.id === id);
  if (!portal) {
    throw new Error(`Unknown portal "${id}". Known portals: ${portalIds.join(', ')}.`);
  }
  return portal;
}

/** `SITE_URL_HOSPICHILD`, `SITE_URL_BORN_IN_BRUSSELS`…: the variable holding a portal's public address. */
export function siteUrlVariable(portal: Pick<Portal, 'id'>): string {
  return `SITE_URL_${portal.id.toUpperCase().replace(/-/g, '_')}`;
}
