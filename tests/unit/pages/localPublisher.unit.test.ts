import { describe, expect, it } from 'vitest';
import { demoPublisher, localPublisher, type Publisher } from '@portals/shared/site';

const publisher: Publisher = {
  name: { fr: 'Service exemple asbl', nl: 'Voorbeelddienst vzw' },
  email: 'info@example.be',
  address: { fr: ['Rue Haute 1', '1000 Bruxelles'] },
  complaintBody: { name: { fr: 'Médiateur exemple' }, url: 'https://example.be/plainte' },
};

describe('localPublisher', () => {
  it('gives the publisher’s details in the page’s language', () => {
    expect(localPublisher(publisher, 'nl').name).toBe('Voorbeelddienst vzw');
  });

  it('shows the French address and complaint body when there is no Dutch one', () => {
    const local = localPublisher(publisher, 'nl');
    expect(local.address).toEqual(['Rue Haute 1', '1000 Bruxelles']);
    expect(local.complaintBody).toEqual({
      name: 'Médiateur exemple',
      url: 'https://example.be/plainte',
    });
    expect(local.isDemo).toBe(false);
  });

  it('stands in with the demonstration publisher, marked as such, when a portal names none', () => {
    const local = localPublisher(undefined, 'nl');
    expect(local.name).toBe(demoPublisher.name.nl);
    expect(local.isDemo).toBe(true);
    expect(local.complaintBody).toBeUndefined();
  });
});
