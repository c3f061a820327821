import type { Locale, PortalId } from '@portals/content-models';
import type { MessageKind } from '@portals/content-models/collections';
import type { PayloadRequest } from 'payload';
import type { AcceptSubmission } from './formEndpoint.ts';
import { fieldMessage } from './formMessages.ts';
import type { GuardedSubmission } from './formSpec.ts';
import { acknowledgementMail, notificationMail } from './formMails.ts';
import { sendQuietly } from './sendQuietly.ts';
import { portalStaffEmails, themeReferentEmails } from './staffRecipients.ts';

/** The theme a question names, when it exists and belongs to the question's portal. */
async function themeOf(req: PayloadRequest, id: string, portal: PortalId, locale: Locale) {
  if (!/^[\w-]{1,24}$/.test(id)) return null;
  const theme = await req.payload
    .findByID({ collection: 'themes', id, depth: 0, locale, overrideAccess: true, req })
    .catch(() => null);
  return theme?.portals?.includes(portal) ? theme : null;
}

async function store(
  req: PayloadRequest,
  kind: MessageKind,
  { portal, locale, values }: GuardedSubmission<PortalId, Locale>,
  theme: { id: number | string; title: string } | null,
): Promise<void> {
  const doc = await req.payload.create({
    collection: 'messages',
    data: {
      kind,
      portal,
      locale,
      senderKind: values.senderKind as 'individual' | 'professional',
      name: values.name,
      email: values.email ?? '',
      subject: values.subject,
      message: values.message ?? '',
      // The id type follows the database (numbers on SQLite, strings on MongoDB).
      ...(theme ? { theme: theme.id as number } : {}),
      state: 'new',
    },
    overrideAccess: true,
    req,
  });
  const link = `${req.payload.config.serverURL}/admin/collections/messages/${String(doc.id)}`;
  const notice = notificationMail(
    {
      kind,
      portal,
      subject: values.subject ?? '',
      name: values.name ?? '',
      senderKind: values.senderKind ?? '',
      message: values.message ?? '',
      theme: theme?.title,
    },
    link,
  );
  const staff = await portalStaffEmails(req, portal);
  const referents = theme ? await themeReferentEmails(req, theme.id) : [];
  sendQuietly(req, [...staff, ...referents], notice);
  sendQuietly(req, [values.email ?? ''], acknowledgementMail(kind, portal, locale));
}

/** A contact message: stored, the staff told, the sender acknowledged. */
export const acceptContact: AcceptSubmission = async (req, submission) => {
  await store(req, 'contact', submission, null);
  return null;
};

/** A question: its theme must be one of the portal's; the theme's referents are told too. */
export const acceptQuestion: AcceptSubmission = async (req, submission) => {
  const { portal, locale, values } = submission;
  const theme = await themeOf(req, values.theme ?? '', portal, locale);
  if (!theme) return { theme: fieldMessage('choice', locale) };
  await store(req, 'question', submission, { id: theme.id, title: theme.title });
  return null;
};
