/**
 * Where seul avec enfant's readers can turn, per referent organisation (by seed key): the
 * portal lists them on the pages of their themes. Wallonia is outside Bruxelles Social, so
 * these come from the referent organisations themselves. The organisations are real; these
 * addresses and phone numbers are placeholders (the organisations are marked `isDemo`).
 */
export interface SeedContact {
  organisation: string;
  street: string;
  postcode: string;
  city: string;
  phone: string;
  email?: string;
}

export const seulAvecEnfantContacts: SeedContact[] = [
  {
    organisation: 'one',
    street: 'Rue de l’Exemple 95',
    postcode: '5000',
    city: 'Namur',
    phone: '081 00 00 11',
  },
  {
    organisation: 'mi-is',
    street: 'Rue de l’Exemple 139',
    postcode: '1000',
    city: 'Bruxelles',
    phone: '02 000 00 12',
  },
  {
    organisation: 'spf-finances',
    street: 'Place de l’Exemple 1',
    postcode: '5000',
    city: 'Namur',
    phone: '02 000 00 13',
  },
  {
    organisation: 'secal',
    street: 'Avenue de l’Exemple 24',
    postcode: '4000',
    city: 'Liège',
    phone: '02 000 00 14',
    email: 'secal@example.be',
  },
  {
    organisation: 'inami',
    street: 'Galerie de l’Exemple 211',
    postcode: '1000',
    city: 'Bruxelles',
    phone: '02 000 00 15',
  },
  {
    organisation: 'famiwal',
    street: 'Rue de l’Exemple 2',
    postcode: '6000',
    city: 'Charleroi',
    phone: '071 00 00 16',
    email: 'famiwal@example.be',
  },
  {
    organisation: 'onem',
    street: 'Boulevard de l’Exemple 7',
    postcode: '7000',
    city: 'Mons',
    phone: '065 00 00 17',
  },
  {
    organisation: 'forem',
    street: 'Boulevard de l’Exemple 104',
    postcode: '6000',
    city: 'Charleroi',
    phone: '0800 00 018',
  },
  {
    organisation: 'housing',
    street: 'Rue de l’Exemple 1',
    postcode: '5100',
    city: 'Jambes',
    phone: '081 00 00 19',
  },
  {
    organisation: 'notaries',
    street: 'Rue de l’Exemple 30',
    postcode: '1000',
    city: 'Bruxelles',
    phone: '02 000 00 20',
  },
  {
    organisation: 'droits-quotidiens',
    street: 'Rue de l’Exemple 8',
    postcode: '5000',
    city: 'Namur',
    phone: '081 00 00 21',
    email: 'droits-quotidiens@example.be',
  },
];
