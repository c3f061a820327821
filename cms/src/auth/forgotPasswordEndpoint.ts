import { addDataAndFileToRequest, type CollectionSlug, type Endpoint } from 'payload';
import { refusal } from '../input/refuse.ts';

const answer = {
  message:
    'Si un compte existe pour cette adresse, un lien pour choisir un nouveau mot de passe vient d’y être envoyé. / ' +
    'Als er een account bestaat voor dit adres, is er zonet een link naar verstuurd om een nieuw wachtwoord te kiezen.',
};

/**
 * `POST /api/users/forgot-password`, in place of Payload's: it answers at once with the same
 * words for any address, and looks the account up and sends the e-mail afterwards. Payload's
 * own answer waited for the e-mail of a known address only, so its timing told who has an
 * account.
 */
export function forgotPasswordEndpoint(collection: CollectionSlug): Endpoint {
  return {
    path: '/forgot-password',
    method: 'post',
    handler: async (req) => {
      await addDataAndFileToRequest(req);
      const email = (req.data as { email?: unknown } | undefined)?.email;
      if (typeof email !== 'string' || !email.includes('@') || email.length > 254) {
        return refusal(400, 'Indiquez une adresse e-mail', 'Geef een e-mailadres op');
      }
      void req.payload
        .forgotPassword({ collection, data: { email } })
        .catch((error: unknown) => req.payload.logger.error({ err: error }, 'forgot-password'));
      return Response.json(answer);
    },
  };
}
