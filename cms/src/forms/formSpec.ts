import type { FormKind } from '@portals/content-models';

/** One field of a public form, as its endpoint accepts it. */
export interface FormFieldSpec {
  /** Longest value in characters (the page's `maxlength` says the same). */
  maxLength: number;
  /** @default false */
  required?: boolean;
  /** `email` checks the syntax; `choice` takes one of `choices`. @default 'text' */
  type?: 'text' | 'email' | 'choice';
  /** The values a `choice` field takes. */
  choices?: readonly string[];
}

/** What a form endpoint accepts: its fields and the limits of its abuse guard. */
export interface FormSpec {
  form: FormKind;
  fields: Readonly<Record<string, FormFieldSpec>>;
  /** The field holding the sender's address, rate limited per address. */
  emailField?: string;
  /** Shortest time between showing the page and posting it. @default 3000 */
  minFillMs?: number;
  /** Largest body in bytes. @default 32 KiB */
  maxBodyBytes?: number;
}

/** A submission that passed the guard: its portal, language and trimmed field values. */
export interface GuardedSubmission<Portal extends string = string, Locale extends string = string> {
  portal: Portal;
  locale: Locale;
  values: Record<string, string>;
}
