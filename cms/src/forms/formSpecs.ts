import { messageLimits, senderKinds } from '@portals/content-models/collections';
import type { FormSpec } from './formSpec.ts';

const readerFields = {
  senderKind: { maxLength: 20, required: true, type: 'choice', choices: senderKinds },
  name: { maxLength: messageLimits.name, required: true },
  email: { maxLength: messageLimits.email, required: true, type: 'email' },
  subject: { maxLength: messageLimits.subject, required: true },
  message: { maxLength: messageLimits.message, required: true },
} as const;

/** The contact form of every portal. */
export const contactSpec: FormSpec = { form: 'contact', emailField: 'email', fields: readerFields };

/** A question for the referents of a theme (the theme's id; the endpoint checks it exists). */
export const questionSpec: FormSpec = {
  form: 'question',
  emailField: 'email',
  fields: { ...readerFields, theme: { maxLength: 24, required: true } },
};
