import { portals } from '@portals/content-models';
import { defineSiteConfig } from '@portals/shared/site';

/** Hospichild's identity and wording on top of the shared UI strings. */
export const site = defineSiteConfig({
  portal: portals.hospichild,
  ui: {
    fr: {
      'site.defaultDescription':
        'Hospichild : informations pour les parents d’enfants malades, handicapés ou hospitalisés à Bruxelles.',
      'home.intro':
        'Des informations claires pour les parents d’un enfant malade, handicapé ou hospitalisé à Bruxelles, et pour les professionnels qui les accompagnent.',
      'footer.publisher': 'Hospichild est un service du CDCS-CMDC, à Bruxelles, depuis 2007.',
    },
    nl: {
      'site.defaultDescription':
        'Hospichild: informatie voor ouders van zieke, gehandicapte of gehospitaliseerde kinderen in Brussel.',
      'home.intro':
        'Heldere informatie voor ouders van een ziek, gehandicapt of gehospitaliseerd kind in Brussel, en voor de professionals die hen begeleiden.',
      'footer.publisher': 'Hospichild is een dienst van het CDCS-CMDC, in Brussel, sinds 2007.',
    },
  },
});
