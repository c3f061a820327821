import { Builds as BuildsModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { isAdmin } from '../access/index.ts';
import { asStaff } from '../access/user.ts';
import { buildStatus } from '../publish/buildStatus.ts';
import type { PublishSettings } from '../publish/publishSettings.ts';

// Records are written by the CMS with `overrideAccess`; through the API nobody writes them.
const nobody = () => false;

const isStaff = (user: unknown) => {
  const role = asStaff(user)?.role;
  return role === 'admin' || role === 'editor';
};

/** The build history editors and admins read; `GET /api/builds/status` is its summary. */
export function Builds(settings: PublishSettings): CollectionConfig {
  return {
    ...BuildsModel,
    admin: { ...BuildsModel.admin, hidden: ({ user }) => !isStaff(user) },
    access: {
      read: ({ req }) => isStaff(req.user),
      create: nobody,
      update: nobody,
      // Admins may clear old history.
      delete: isAdmin,
    },
    endpoints: [
      {
        path: '/status',
        method: 'get',
        handler: async (req) => {
          if (!isStaff(req.user)) {
            return Response.json({ error: 'Log in to see the build status.' }, { status: 401 });
          }
          const portals = await buildStatus(req.payload, settings.portals);
          return Response.json(
            { now: new Date().toISOString(), portals },
            { headers: { 'cache-control': 'no-store' } },
          );
        },
      },
    ],
  };
}
