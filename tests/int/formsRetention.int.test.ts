import { deleteExpiredMessages, formThrottle, postsPerClient } from '@portals/cms/forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postForm } from './support/formPost.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;

beforeAll(async () => {
  cms = await startPayload();
});
afterAll(async () => {
  await cms?.stop();
});

const day = 24 * 60 * 60_000;

async function messageFrom(portal: 'hospichild' | 'seul-avec-enfant', daysAgo: number) {
  return cms.payload.create({
    collection: 'messages',
    data: {
      kind: 'contact',
      portal,
      locale: 'fr',
      state: 'new',
      email: `${portal}-${daysAgo}@lecteurs.example`,
      message: 'Bonjour',
      createdAt: new Date(Date.now() - daysAgo * day).toISOString(),
    },
    overrideAccess: true,
  });
}

async function remaining(): Promise<string[]> {
  const { docs } = await cms.payload.find({
    collection: 'messages',
    depth: 0,
    pagination: false,
    sort: 'email',
    overrideAccess: true,
  });
  return docs.map((doc) => doc.email);
}

describe('the retention job', () => {
  it('deletes the messages older than their portal’s retention period, and no others', async () => {
    await cms.payload.create({
      collection: 'portals',
      locale: 'fr',
      data: {
        portal: 'hospichild',
        name: 'Hospichild',
        locales: ['fr', 'nl'],
        baseUrl: 'https://hospichild.example.be',
        messageRetentionDays: 30,
      },
      overrideAccess: true,
    });
    for (const [portal, days] of [
      ['hospichild', 10],
      ['hospichild', 31],
      ['seul-avec-enfant', 31],
      ['seul-avec-enfant', 366],
    ] as const) {
      await messageFrom(portal, days);
    }
    // Through the jobs queue, as the nightly schedule runs it.
    await cms.payload.jobs.queue({ task: 'deleteExpiredMessages', input: {} });
    await cms.payload.jobs.run({ queue: 'default' });
    expect(await remaining()).toEqual([
      'hospichild-10@lecteurs.example',
      'seul-avec-enfant-31@lecteurs.example',
    ]);
    expect(await deleteExpiredMessages(cms.payload)).toBe(0);
  });
});

describe('load (issue #12)', () => {
  it('answers 200 posts from loopback with accepted or 429, never 5xx, and stores every accepted one', async () => {
    formThrottle.clear();
    const statuses: number[] = [];
    const accepted: string[] = [];
    for (let i = 0; i < 200; i += 1) {
      const email = `load${i}@lecteurs.example`;
      const answer = await postForm(cms.payload, 'contact', {
        fields: {
          senderKind: 'individual',
          name: 'Charge',
          email,
          subject: `Essai ${i}`,
          message: 'Message de charge.',
        },
        json: true,
        client: '127.0.0.1',
      });
      statuses.push(answer.status);
      if (answer.status === 200) accepted.push(email);
    }
    expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
    expect(accepted).toHaveLength(postsPerClient);
    const { docs } = await cms.payload.find({
      collection: 'messages',
      where: { email: { like: 'load' } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    });
    expect(docs.map((doc) => doc.email).sort()).toEqual([...accepted].sort());
  });
});
