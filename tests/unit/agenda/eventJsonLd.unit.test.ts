import { describe, expect, it } from 'vitest';
import { eventJsonLd, jsonLdText } from '@portals/shared/features/agenda/eventJsonLd.ts';
import { itemById } from './agendaFixtures.ts';

const url = 'https://portal.test/fr/agenda/x/';

describe('eventJsonLd', () => {
  it('gives an event both in a room and online a mixed attendance mode and both locations', () => {
    const item = { ...itemById('11'), onlineUrl: 'https://www.example.org/direct' };
    expect(eventJsonLd(item, 'fr', url)).toMatchObject({
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      location: [
        { '@type': 'Place', name: 'Auditoire Lacroix, rue Haute 10; 1000 Bruxelles' },
        { '@type': 'VirtualLocation', url: 'https://www.example.org/direct' },
      ],
    });
  });

  it('offers registration only while the event is not cancelled', () => {
    expect(eventJsonLd(itemById('11'), 'fr', url).offers).toEqual({
      '@type': 'Offer',
      url: 'https://www.example.org/inscription',
      description: '40 €, gratuit pour les étudiants',
    });
    const cancelled = { ...itemById('11'), cancelled: true };
    expect(eventJsonLd(cancelled, 'fr', url)).not.toHaveProperty('offers');
  });

  it('refuses a language the item does not exist in', () => {
    expect(() => eventJsonLd(itemById('13'), 'nl', url)).toThrow(
      'agenda item 13 has no nl version',
    );
  });

  it('escapes < so a title cannot close the script element', () => {
    const text = jsonLdText({ name: 'A </script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ name: 'A </script><script>alert(1)</script>' });
  });
});
