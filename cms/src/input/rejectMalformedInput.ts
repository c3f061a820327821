import type { CollectionBeforeOperationHook, Where } from 'payload';
import { checkWhere } from './checkWhere.ts';
import { isDocumentId } from './documentId.ts';
import { refuse } from './refuse.ts';

const writes = new Set(['create', 'update']);

/**
 * Refuses what the database would choke on before any other hook reads it: an id the
 * adapter cannot hold (404, as for a missing document), a where clause whose values do not fit
 * their fields (400), and a write whose data is not an object: `null`, a string, an empty or
 * form-encoded body (400). Runs for the REST API and the Local API alike.
 */
export const rejectMalformedInput: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  const { id, where, data } = args as { id?: unknown; where?: Where; data?: unknown };
  if (id !== undefined && !isDocumentId(req.payload, collection.slug, id)) {
    // Payload's REST route turns a malformed id into null: name what the client sent.
    const sent = req.routeParams?.id ?? id;
    const shown = typeof sent === 'string' ? sent : JSON.stringify(sent);
    refuse(
      404,
      `Aucun document « ${shown} » dans ${collection.slug}`,
      `Geen document "${shown}" in ${collection.slug}`,
    );
  }
  checkWhere(req.payload, collection.slug, collection.flattenedFields, where);
  // A multipart upload may carry the file alone, without fields.
  const fileOnly = data === undefined && req.file !== undefined;
  const notObject = !data || typeof data !== 'object' || Array.isArray(data);
  if (writes.has(operation) && notObject && !fileOnly) {
    refuse(
      400,
      'Le corps de la requête doit être un objet JSON (les champs à enregistrer)',
      'De body van het verzoek moet een JSON-object zijn (de velden om op te slaan)',
    );
  }
  return args;
};
