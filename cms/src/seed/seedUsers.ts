import type { PortalId } from '@portals/content-models';
import type { Payload } from 'payload';
import type { Id } from './findId.ts';

export interface DemoCredentials {
  email: string;
  password: string;
}

/** Demo accounts beside the administrator, to try each role; they share its password. */
const demoEditors: { email: string; name: string; portals: PortalId[] }[] = [
  {
    email: 'editeur.hospichild@example.be',
    name: 'Éditrice Hospichild (démo)',
    portals: ['hospichild'],
  },
  {
    email: 'editeur.bib@example.be',
    name: 'Éditeur Born in Brussels (démo)',
    portals: ['born-in-brussels'],
  },
  {
    email: 'editeur.sae@example.be',
    name: 'Éditrice seul avec enfant (démo)',
    portals: ['seul-avec-enfant'],
  },
];
const demoReferents: { email: string; name: string; organisation: string }[] = [
  { email: 'referent.secal@example.be', name: 'Référente SECAL (démo)', organisation: 'secal' },
  { email: 'referent.one@example.be', name: 'Référent ONE (démo)', organisation: 'one' },
  {
    email: 'referent.dq@example.be',
    name: 'Référente Droits Quotidiens (démo)',
    organisation: 'droits-quotidiens',
  },
];

async function exists(payload: Payload, email: string) {
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
  });
  return totalDocs > 0;
}

/** The demo administrator (so a first visitor can try every screen) and one editor per portal. */
export async function seedUsers(payload: Payload, credentials: DemoCredentials) {
  let created = 0;
  if (!(await exists(payload, credentials.email))) {
    await payload.create({
      collection: 'users',
      data: {
        ...credentials,
        name: 'Rédaction (démo)',
        role: 'admin',
        portals: ['hospichild', 'born-in-brussels', 'seul-avec-enfant'],
      },
      overrideAccess: true,
    });
    created += 1;
  }
  for (const editor of demoEditors) {
    if (await exists(payload, editor.email)) continue;
    await payload.create({
      collection: 'users',
      data: { ...editor, password: credentials.password, role: 'editor' },
      overrideAccess: true,
    });
    created += 1;
  }
  return { created };
}

/** Demo referents, each the contact person of their organisation. */
export async function seedReferents(
  payload: Payload,
  password: string,
  organisationIds: Map<string, Id>,
) {
  let created = 0;
  for (const referent of demoReferents) {
    const organisation = organisationIds.get(referent.organisation);
    if (organisation == null || (await exists(payload, referent.email))) continue;
    const user = await payload.create({
      collection: 'users',
      data: {
        email: referent.email,
        name: referent.name,
        password,
        role: 'referent',
        organisation,
      },
      overrideAccess: true,
    });
    await payload.update({
      collection: 'referent-organisations',
      id: organisation,
      data: { contact: user.id },
      overrideAccess: true,
    });
    created += 1;
  }
  return { created };
}
