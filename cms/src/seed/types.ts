import type { PortalId } from '@portals/content-models';
import type {
  HospitalSection,
  MutualityTopic,
  MutualityUnion,
} from '@portals/content-models/collections';

/** Demo content is written in a tiny markup turned into Lexical by `toLexical`: a paragraph per string; '## ' starts a heading; lines starting '- ' inside one string make a bullet list; [text](https://url) makes a link. */
export interface SeedText {
  title: string;
  summary: string;
  body: string[];
}
export interface SeedSection {
  key: string;
  parent?: string;
  order: number;
  fr: { title: string; description?: string };
  nl?: { title: string; description?: string };
}
/** `portals` defaults to the portal being seeded; `themes` are theme keys. */
export interface SeedArticle {
  key: string;
  kind: 'news' | 'focus' | 'page';
  sections: string[];
  publishedAt: string;
  themes?: string[];
  portals?: PortalId[];
  directoryCategories?: number[];
  fr?: SeedText;
  nl?: SeedText;
}
/** An article of another portal also placed in this portal's tree: reuse, not a copy. */
export interface SeedReuse {
  slug: string;
  sections: string[];
}

export interface SeedTheme {
  key: string;
  portals: PortalId[];
  fr: { title: string; description?: string };
  nl?: { title: string; description?: string };
}
export interface SeedOrganisation {
  key: string;
  acronym?: string;
  website: string;
  email?: string;
  themes: string[];
  fr: string;
  nl?: string;
}

export interface SeedPlace {
  key: string;
  postcode: string;
  phone: string;
  website?: string;
  latitude: number;
  longitude: number;
  portals: PortalId[];
}
export interface SeedPlaceText {
  name: string;
  street: string;
  city: string;
}
export interface SeedFicheSection {
  fr?: string[];
  nl?: string[];
  validatedBy?: string;
  validatedAt?: string;
}
export interface SeedHospital extends SeedPlace {
  network?: string;
  fr: SeedPlaceText;
  nl: SeedPlaceText;
  sections: Partial<Record<HospitalSection, SeedFicheSection>>;
}
export interface SeedMutuality extends SeedPlace {
  union: MutualityUnion;
  fr?: SeedPlaceText & { openingHours: string };
  nl?: SeedPlaceText & { openingHours: string };
  topics: Partial<Record<MutualityTopic, SeedFicheSection>>;
}

/** Agenda dates are relative to the day the seed runs, so the demo always has past and coming items. */
export interface SeedAgendaItem {
  key: string;
  kind: 'colloquium' | 'training' | 'event' | 'meeting';
  inDays: number;
  start?: string;
  end?: string;
  days?: number;
  allDay?: boolean;
  onlineUrl?: string;
  organiser: string;
  audiences: ('parents' | 'professionals')[];
  registrationUrl?: string;
  themes: string[];
  portals: PortalId[];
  /** Kept on the agenda, marked cancelled (with the note's reason, when given). */
  cancelled?: boolean;
  fr: SeedAgendaText;
  nl?: SeedAgendaText;
}
interface SeedAgendaText {
  title: string;
  description: string[];
  place?: string;
  price?: string;
  cancellationNote?: string;
}
export interface SeedFaq {
  key: string;
  themes: string[];
  portals: PortalId[];
  answeredBy?: string;
  daysAgo: number;
  fr: { question: string; answer: string[] };
  nl?: { question: string; answer: string[] };
}
