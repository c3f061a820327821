import { pbkdf2, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload';
import { refuse } from '../input/refuse.ts';
import { clientOf } from './clientOf.ts';
import { LoginThrottle } from './loginThrottle.ts';

const throttle = new LoginThrottle();
const derive = promisify(pbkdf2);

function addressOf(data: unknown): string {
  const email = (data as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email : '';
}

/**
 * Before a login: refuses a throttled address and client with 429 (the same for any address),
 * and for an address no account has, spends the time checking a password takes (Payload's
 * current hash: PBKDF2-SHA256, 600,000 rounds), so the answer's timing does not tell whether
 * the account exists; Payload then answers both with the same "incorrect" error.
 */
export const throttleLogins: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return args;
  const address = addressOf((args as { data?: unknown }).data);
  const wait = throttle.attempt(address, clientOf(req));
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60_000);
    refuse(
      429,
      `Trop de tentatives de connexion : réessayez dans ${minutes} min`,
      `Te veel aanmeldpogingen: probeer opnieuw over ${minutes} min`,
    );
  }
  const { totalDocs } = await req.payload.count({
    collection: collection.slug,
    where: { email: { equals: address.trim().toLowerCase() } },
    req,
  });
  if (totalDocs === 0) await derive('not a password', randomBytes(32), 600_000, 32, 'sha256');
  return args;
};

/** A successful login clears its address and client. */
export const forgetLoginFailures: CollectionAfterLoginHook = ({ req, user }) => {
  const { email } = user as { email?: unknown };
  throttle.succeeded(typeof email === 'string' ? email : '', clientOf(req));
};
