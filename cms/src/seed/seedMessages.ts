import type { Payload } from 'payload';
import { inboxMessages } from './data/inboxMessages.ts';
import type { Id } from './findId.ts';

/**
 * A few readers' messages per portal so the inbox is not empty on `npm start`, marked
 * `isDemo`. Seeded once: skipped when any demo message exists. Created directly, so no
 * e-mail leaves.
 */
export async function seedMessages(
  payload: Payload,
  themes: ReadonlyMap<string, Id>,
  log: (line: string) => void,
) {
  const { totalDocs } = await payload.count({
    collection: 'messages',
    where: { isDemo: { equals: true } },
    overrideAccess: true,
  });
  if (totalDocs > 0) return { created: 0 };
  for (const { theme, state = 'new', ...message } of inboxMessages) {
    const themeId = theme ? themes.get(theme) : undefined;
    if (theme && themeId == null)
      throw new Error(`Seed message refers to unknown theme "${theme}".`);
    await payload.create({
      collection: 'messages',
      data: {
        ...message,
        state,
        ...(themeId != null ? { theme: themeId } : {}),
        ...(state === 'answered' ? { answeredAt: new Date().toISOString() } : {}),
        isDemo: true,
      },
      overrideAccess: true,
    });
  }
  log(`  inbox messages ${inboxMessages.length}`);
  return { created: inboxMessages.length };
}
