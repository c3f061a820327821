import type { Locale } from '@portals/content-models';
import { cachedIntl } from '../../i18n/cachedIntl.ts';
import { intlLocales } from '../../i18n/formatDate.ts';

const formatNames: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/msword': 'DOC',
};

/** The file format a reader recognises ("PDF"), from the MIME type, else the file's extension. */
export function fileFormat(mimeType: string, filename: string): string {
  const known = formatNames[mimeType];
  if (known) return known;
  const extension = /\.([a-z0-9]{1,5})$/i.exec(filename)?.[1];
  return extension ? extension.toUpperCase() : mimeType;
}

/**
 * A file size in the page's language with `Intl` units: "240 ko" / "240 kB", "1,3 Mo" /
 * "1,3 MB". Decimal units (1 kB = 1,000 bytes), as the unit names say; never "0 ko".
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  const megabytes = bytes >= 1_000_000;
  const unit = megabytes ? 'megabyte' : 'kilobyte';
  const formatter = cachedIntl(
    `fileSize:${locale}:${unit}`,
    () =>
      new Intl.NumberFormat(intlLocales[locale], {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: megabytes ? 1 : 0,
      }),
  );
  return formatter.format(megabytes ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000)));
}
