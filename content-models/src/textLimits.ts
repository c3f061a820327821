/**
 * Longest value, in characters, each text field takes: a title, a slug or a summary has
 * to stay readable on a phone, and no field may grow without bound (a 50 MB title was stored).
 * By field name first, then by field type. Rich text is measured as the stored JSON.
 */
export const textLimitsByName: Readonly<Record<string, number>> = {
  title: 200,
  name: 200,
  documentTitle: 200,
  question: 300,
  acronym: 40,
  slug: 120,
  summary: 600,
  cancellationNote: 600,
  description: 2000,
  reviewComment: 2000,
  phone: 40,
  postcode: 12,
  website: 2048,
  url: 2048,
  from: 2048,
  toPath: 2048,
};

export const textLimitsByType: Readonly<
  Record<'text' | 'textarea' | 'email' | 'richText', number>
> = {
  text: 300,
  textarea: 5000,
  email: 254,
  richText: 300_000,
};

/** The limit of a field, or undefined for a type that has none. */
export function textLimitOf(field: { name?: string; type: string }): number | undefined {
  if (!(field.type in textLimitsByType)) return undefined;
  const byName = field.name === undefined ? undefined : textLimitsByName[field.name];
  return byName ?? textLimitsByType[field.type as keyof typeof textLimitsByType];
}

/** The refusal of a value over its limit, in both admin languages. */
export function tooLongMessage(length: number, limit: number): string {
  return (
    `Texte trop long : ${length} caractères pour ${limit} au plus. / ` +
    `Tekst te lang: ${length} tekens voor hoogstens ${limit}.`
  );
}
