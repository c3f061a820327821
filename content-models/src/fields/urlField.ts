import type { TextField } from 'payload';
import { label, type Label } from './label.ts';
import { message } from './message.ts';

/** True for an absolute http(s) address that a browser can open. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      (url.hostname.includes('.') || url.hostname === 'localhost')
    );
  } catch {
    return false;
  }
}

export function validateUrl(value: unknown, options: { required?: boolean } = {}): true | string {
  if (value == null || value === '') {
    return options.required
      ? message('Une adresse web est requise.', 'Een webadres is verplicht.')
      : true;
  }
  if (typeof value === 'string' && isHttpUrl(value)) return true;
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  return message(
    `« ${shown} » n’est pas une adresse web valide : écrivez-la en entier, par exemple https://www.exemple.be/page.`,
    `"${shown}" is geen geldig webadres: schrijf het volledig, bijvoorbeeld https://www.voorbeeld.be/pagina.`,
  );
}

/** An external link, checked to be an absolute http(s) URL so the portals never print a broken one. */
export function urlField(
  name: string,
  fieldLabel: Label,
  overrides: Partial<TextField> = {},
): TextField {
  return {
    name,
    type: 'text',
    label: fieldLabel,
    validate: validateUrl,
    admin: {
      description: label(
        'Adresse complète, commençant par https://',
        'Volledig adres, beginnend met https://',
      ),
    },
    ...overrides,
  } as TextField;
}
