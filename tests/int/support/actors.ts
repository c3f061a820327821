import type { Payload } from 'payload';
import type { User } from '@portals/content-models/payload-types';

/** Who acts in the access tests; `anonymous` is a portal build reading the API. */
export interface Actors {
  anonymous: undefined;
  admin: User;
  editor: User;
  otherEditor: User;
  referent: User;
  otherReferent: User;
}

export type ActorName = keyof Actors;

/** How test names call each actor. */
export const actorLabels: Record<ActorName, string> = {
  anonymous: 'an anonymous reader',
  admin: 'an admin',
  editor: 'an editor of the portal',
  otherEditor: 'an editor of another portal',
  referent: 'a referent of the theme',
  otherReferent: 'a referent of another theme',
};

let counter = 0;

/**
 * An admin, an editor of seul avec enfant and one of Hospichild, a referent whose
 * organisation validates `theme` and one whose organisation validates another theme.
 */
export async function createActors(payload: Payload, theme: number): Promise<Actors> {
  counter += 1;
  const otherTheme = await payload.create({
    collection: 'themes',
    locale: 'fr',
    data: { title: `Autre thème ${counter}`, portals: ['seul-avec-enfant'] },
    overrideAccess: true,
  });
  const organisation = (themes: number[], name: string) =>
    payload.create({
      collection: 'referent-organisations',
      locale: 'fr',
      data: { name, themes },
      overrideAccess: true,
    });
  const own = await organisation([theme], `Organisation ${counter}`);
  const other = await organisation([otherTheme.id], `Autre organisation ${counter}`);
  const user = (name: string, data: Partial<User>) =>
    payload.create({
      collection: 'users',
      data: {
        email: `actor-${name}${counter}@example.test`,
        password: 'test-password-1',
        role: 'editor',
        ...data,
      },
      overrideAccess: true,
    });
  return {
    anonymous: undefined,
    admin: await user('admin', { role: 'admin' }),
    editor: await user('editor', { portals: ['seul-avec-enfant'] }),
    otherEditor: await user('other-editor', { portals: ['hospichild'] }),
    referent: await user('referent', { role: 'referent', organisation: own.id }),
    otherReferent: await user('other-referent', { role: 'referent', organisation: other.id }),
  };
}
