import type { Payload } from 'payload';

export interface DemoCredentials {
  email: string;
  password: string;
}

/** The demo editor: an administrator so a first visitor can try every screen. */
export async function seedUsers(payload: Payload, credentials: DemoCredentials) {
  const existing = await payload.count({
    collection: 'users',
    where: { email: { equals: credentials.email } },
    overrideAccess: true,
  });
  if (existing.totalDocs > 0) return { created: 0 };
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
  return { created: 1 };
}
