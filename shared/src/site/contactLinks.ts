/** Belgium's country code, for numbers the directory writes in the national format. */
const countryCode = '32';

/**
 * A `tel:` link from a number as the directory writes it ("02/435.51.38" → tel:+3224355138),
 * so a phone dials it with one tap, from abroad too. Null when there is nothing to dial.
 */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, '');
  if (/^\+\d{6,}$/.test(digits)) return `tel:${digits}`;
  if (/^00\d{6,}$/.test(digits)) return `tel:+${digits.slice(2)}`;
  if (/^0\d{7,}$/.test(digits)) return `tel:+${countryCode}${digits.slice(1)}`;
  // Short service numbers (1718, 107) are dialled as they are.
  if (/^\d{3,6}$/.test(digits)) return `tel:${digits}`;
  return null;
}

/**
 * A plain link to the place on OpenStreetMap: no embedded map, so no third-party request
 * on page load and nothing to consent to. Six decimals are about 10 cm.
 */
export function mapUrl({ lat, lon }: { lat: number; lon: number }): string {
  const y = lat.toFixed(6);
  const x = lon.toFixed(6);
  return `https://www.openstreetmap.org/?mlat=${y}&mlon=${x}#map=17/${y}/${x}`;
}
