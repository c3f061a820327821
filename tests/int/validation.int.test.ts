import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AgendaItem } from '@portals/content-models/payload-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from './support/rejection.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

const pdf = readFileSync(path.resolve(import.meta.dirname, '../fixtures/uploads/brochure.pdf'));

let cms: TestPayload;
beforeAll(async () => {
  cms = await startPayload();
});
afterAll(async () => {
  await cms?.stop();
});

type AgendaData = Omit<AgendaItem, 'id' | 'createdAt' | 'updatedAt'>;

function agendaItem(data: Partial<AgendaData>) {
  return cms.payload.create({
    collection: 'agenda',
    locale: 'fr',
    data: {
      title: 'Rencontre de test',
      kind: 'meeting',
      audiences: ['parents'],
      portals: ['hospichild'],
      startsAt: '2027-03-10T09:00:00.000Z',
      ...data,
    } as AgendaData,
    overrideAccess: true,
  });
}

function uploadDocument(file: { data: Buffer; mimetype: string; name: string }) {
  return cms.payload.create({
    collection: 'documents',
    locale: 'fr',
    data: { title: 'Brochure', kind: 'brochure', portals: ['seul-avec-enfant'] },
    file: { ...file, size: file.data.length },
    overrideAccess: true,
  });
}

describe('agenda dates and links', () => {
  it('refuses an end before the start, saying so in French and Dutch', async () => {
    const message = await rejection(agendaItem({ endsAt: '2027-03-09T18:00:00.000Z' }));
    expect(message).toMatch(/La fin ne peut pas précéder le début/);
    expect(message).toMatch(/Het einde kan niet vóór het begin liggen/);
  });

  it('accepts a multi-day, all-day item stored in Brussels time', async () => {
    const item = await agendaItem({
      endsAt: '2027-03-12T22:59:00.000Z',
      allDay: true,
      startsAt_tz: 'Europe/Brussels',
    });
    expect(item.allDay).toBe(true);
    expect(item.startsAt_tz).toBe('Europe/Brussels');
  });

  it('refuses a registration link that is not a full web address', async () => {
    const message = await rejection(agendaItem({ registrationUrl: 'www.inscription' }));
    expect(message).toMatch(/« www\.inscription » n’est pas une adresse web valide/);
  });

  it('refuses a redirect whose old path is not a site path', async () => {
    const message = await rejection(
      cms.payload.create({
        collection: 'redirects',
        data: {
          from: 'ancienne page',
          toPath: '/fr/nouvelle',
          statusCode: '301',
          portal: 'hospichild',
        },
        overrideAccess: true,
      }),
    );
    expect(message).toMatch(/commençant par « \/ »/);
  });

  it('refuses a redirect with two destinations', async () => {
    const target = await cms.payload.create({
      collection: 'tools',
      locale: 'fr',
      data: {
        title: 'Outil',
        kind: 'website',
        url: 'https://www.example.org',
        portals: ['seul-avec-enfant'],
      },
      overrideAccess: true,
    });
    const message = await rejection(
      cms.payload.create({
        collection: 'redirects',
        data: {
          from: '/fr/outil',
          toPath: '/fr/outils/outil',
          toDocument: { relationTo: 'tools', value: target.id },
          statusCode: '302',
          portal: 'seul-avec-enfant',
        },
        overrideAccess: true,
      }),
    );
    expect(message).toMatch(/pas les deux/);
  });
});

describe('uploads', () => {
  it('stores a PDF reference document', async () => {
    const doc = await uploadDocument({
      data: pdf,
      mimetype: 'application/pdf',
      name: 'brochure.pdf',
    });
    expect(doc.mimeType).toBe('application/pdf');
    expect(doc.filesize).toBe(pdf.length);
  });

  it('refuses an oversized file, naming its size and the limit', async () => {
    const big = Buffer.concat([pdf, Buffer.alloc(11 * 1024 * 1024)]);
    const message = await rejection(
      uploadDocument({ data: big, mimetype: 'application/pdf', name: 'lourd.pdf' }),
    );
    expect(message).toMatch(/Fichier trop lourd : 11 Mo pour 10 Mo au plus/);
  });

  it('refuses a Word file where a PDF is expected, listing the accepted formats', async () => {
    const message = await rejection(
      uploadDocument({
        data: Buffer.from('PK fake docx'),
        mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        name: 'brochure.docx',
      }),
    );
    expect(message).toMatch(/Type de fichier refusé \(brochure\.docx.*Formats acceptés : PDF/);
  });

  it('refuses a text file renamed to .pdf', async () => {
    const message = await rejection(
      uploadDocument({
        data: Buffer.from('Ceci n’est pas un PDF.'),
        mimetype: 'application/pdf',
        name: 'faux.pdf',
      }),
    );
    expect(message).toMatch(/« faux\.pdf » n’est pas un vrai PDF/);
  });
});

describe('the thematic tree', () => {
  async function section(title: string, parent?: number) {
    return cms.payload.create({
      collection: 'sections',
      locale: 'fr',
      data: { title, portal: 'born-in-brussels', parent },
      overrideAccess: true,
    });
  }

  it('accepts three levels and refuses a fourth', async () => {
    const top = await section('Niveau un');
    const middle = await section('Niveau deux', top.id);
    const leaf = await section('Niveau trois', middle.id);
    const message = await rejection(section('Niveau quatre', leaf.id));
    expect(message).toMatch(/3 niveaux au plus/);
  });

  it('refuses moving a section with children under a third-level one', async () => {
    const a = await section('Branche A');
    const a2 = await section('Branche A deux', a.id);
    const b = await section('Branche B');
    const b2 = await section('Branche B deux', b.id);
    await section('Branche B trois', b2.id);
    const message = await rejection(
      cms.payload.update({
        collection: 'sections',
        id: b.id,
        data: { parent: a2.id },
        overrideAccess: true,
      }),
    );
    expect(message).toMatch(/niveaux au plus/);
  });

  it('refuses placing a section under itself', async () => {
    const top = await section('Boucle');
    const child = await section('Boucle enfant', top.id);
    const message = await rejection(
      cms.payload.update({
        collection: 'sections',
        id: top.id,
        data: { parent: child.id },
        overrideAccess: true,
      }),
    );
    expect(message).toMatch(/sous elle-même/);
  });
});
