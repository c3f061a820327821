import { ValidationError, type CollectionBeforeOperationHook } from 'payload';

const pdfMagic = Buffer.from('%PDF-', 'latin1');

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}

function accepts(patterns: string[], mimeType: string): boolean {
  return patterns.some((pattern) =>
    pattern.endsWith('/*') ? mimeType.startsWith(pattern.slice(0, -1)) : pattern === mimeType,
  );
}

function formats(patterns: string[]): string {
  return patterns
    .map((pattern) => pattern.split('/')[1]?.replace('*', '…').toUpperCase() ?? pattern)
    .join(', ');
}

/**
 * Refuses, before Payload reads the file, an upload over `maxBytes` or of a type the
 * collection does not take, with a message an editor can act on in both languages. Payload's
 * own content sniffing still runs afterwards against a renamed file; the HTTP body limit
 * (`upload.limits`) only guards multipart requests, while scripts and the Local API pass here.
 */
export function rejectUnfitUpload(maxBytes: number): CollectionBeforeOperationHook {
  return ({ args, operation, req, collection }) => {
    const file = req.file;
    if ((operation !== 'create' && operation !== 'update') || !file) return args;
    const upload = collection.upload;
    const patterns =
      typeof upload === 'object' && Array.isArray(upload.mimeTypes) ? upload.mimeTypes : [];
    const problems: string[] = [];
    if (file.size > maxBytes) {
      const actual = megabytes(file.size);
      const limit = megabytes(maxBytes);
      problems.push(
        `Fichier trop lourd : ${actual} Mo pour ${limit} Mo au plus. Compressez-le ou réduisez les images. / ` +
          `Bestand te groot: ${actual} MB voor hoogstens ${limit} MB. Comprimeer het of verklein de afbeeldingen.`,
      );
    }
    if (patterns.length > 0 && !accepts(patterns, file.mimetype)) {
      const allowed = formats(patterns);
      problems.push(
        `Type de fichier refusé (${file.name}, ${file.mimetype}). Formats acceptés : ${allowed}. / ` +
          `Bestandstype geweigerd (${file.name}, ${file.mimetype}). Toegelaten formaten: ${allowed}.`,
      );
    }
    if (
      file.mimetype === 'application/pdf' &&
      file.data?.length &&
      !file.data.subarray(0, 5).equals(pdfMagic)
    ) {
      problems.push(
        `« ${file.name} » n’est pas un vrai PDF : exportez le document à nouveau au format PDF. / ` +
          `"${file.name}" is geen echte pdf: exporteer het document opnieuw als pdf.`,
      );
    }
    if (problems.length > 0) {
      throw new ValidationError({
        collection: collection.slug,
        errors: problems.map((message) => ({ path: 'file', message })),
      });
    }
    return args;
  };
}
