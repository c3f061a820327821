import { statSync } from 'node:fs';
import path from 'node:path';
import type { CollectionConfig } from 'payload';
import { refusal } from './refuse.ts';

type UploadHandler = NonNullable<
  Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']
>[number];

// Control characters (a NUL makes `fs` throw), separators and dot segments name no upload.
const unsafeName = /[/\\]|^\.{1,2}$/u;
const hasControlCharacter = (name: string) => [...name].some((c) => c < ' ' || c === '\u007f');

/**
 * Answers `GET /api/<uploads>/file/<name>` for a name that holds no file before Payload's
 * disk fallback does: 400 for a name no upload can have, 404 for a file that is not there
 * (Payload answers both with a 500). A file that exists is left to the next handler or Payload.
 */
export function serveExistingFiles(staticDir: string): UploadHandler {
  const root = path.resolve(staticDir);
  return (_req, { params: { filename } }) => {
    if (unsafeName.test(filename) || hasControlCharacter(filename)) {
      return refusal(
        400,
        `Nom de fichier invalide : « ${encodeURIComponent(filename)} »`,
        `Ongeldige bestandsnaam: "${encodeURIComponent(filename)}"`,
      );
    }
    const file = statSync(path.join(root, filename), { throwIfNoEntry: false });
    if (!file?.isFile()) {
      return refusal(404, `Aucun fichier « ${filename} »`, `Geen bestand "${filename}"`);
    }
  };
}
