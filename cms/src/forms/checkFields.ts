import type { Locale } from '@portals/content-models';
import { z } from 'zod';
import { fieldMessage } from './formMessages.ts';
import type { FormSpec } from './formSpec.ts';
import type { FormBody } from './readFormBody.ts';

const email = z.email();

export interface CheckedFields {
  values: Record<string, string>;
  /** Field name → message in the form's language; empty when every field is right. */
  errors: Record<string, string>;
}

/**
 * The spec's fields of a body, trimmed, each checked for presence, length, e-mail syntax and
 * choice; fields the spec does not name are dropped. Line endings become `\n`, so the length
 * counted is the one the page's `maxlength` counts.
 */
export function checkFields(spec: FormSpec, body: FormBody, locale: Locale): CheckedFields {
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const [name, field] of Object.entries(spec.fields)) {
    const value = (body[name] ?? '').replace(/\r\n?/g, '\n').trim();
    values[name] = value;
    if (value === '') {
      if (field.required) errors[name] = fieldMessage('required', locale);
    } else if (value.length > field.maxLength) {
      errors[name] = fieldMessage('too-long', locale, field.maxLength);
    } else if (field.type === 'email' && !email.safeParse(value).success) {
      errors[name] = fieldMessage('email', locale);
    } else if (field.type === 'choice' && !(field.choices ?? []).includes(value)) {
      errors[name] = fieldMessage('choice', locale);
    }
  }
  return { values, errors };
}
