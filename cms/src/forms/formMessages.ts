import type { FormRefusal, Locale } from '@portals/content-models';

/** Why one field was refused. */
export type FieldProblem = 'required' | 'too-long' | 'email' | 'choice';

type Words = Record<Locale, string>;

const fieldWords: Record<FieldProblem, Words> = {
  required: { fr: 'Ce champ est obligatoire.', nl: 'Dit veld is verplicht.' },
  'too-long': {
    fr: 'Ce texte dépasse {{max}} caractères.',
    nl: 'Deze tekst is langer dan {{max}} tekens.',
  },
  email: {
    fr: 'Indiquez une adresse e-mail valide, par exemple nom@exemple.be.',
    nl: 'Geef een geldig e-mailadres op, bijvoorbeeld naam@voorbeeld.be.',
  },
  choice: {
    fr: 'Choisissez une des options proposées.',
    nl: 'Kies een van de voorgestelde opties.',
  },
};

const refusalWords: Record<FormRefusal, Words> = {
  invalid: {
    fr: 'Le formulaire n’a pas pu être lu. Rechargez la page et envoyez-le à nouveau.',
    nl: 'Het formulier kon niet gelezen worden. Laad de pagina opnieuw en verstuur het nogmaals.',
  },
  'too-fast': {
    fr: 'Le formulaire a été envoyé trop vite. Relisez-le puis envoyez-le à nouveau.',
    nl: 'Het formulier werd te snel verstuurd. Lees het na en verstuur het opnieuw.',
  },
  'rate-limited': {
    fr: 'Trop d’envois en peu de temps. Réessayez dans une heure.',
    nl: 'Te veel verzendingen op korte tijd. Probeer het over een uur opnieuw.',
  },
  'too-large': {
    fr: 'Le message est trop long pour être envoyé.',
    nl: 'Het bericht is te lang om te versturen.',
  },
};

/** What a field's error says, in the form's language. */
export function fieldMessage(problem: FieldProblem, locale: Locale, max = 0): string {
  return fieldWords[problem][locale].replace('{{max}}', String(max));
}

/** What a refusal of the whole form says, in the form's language. */
export function refusalMessage(reason: FormRefusal, locale: Locale): string {
  return refusalWords[reason][locale];
}

/** A body naming no known portal or language: no page to send the reader back to. */
export const unknownForm: Words = {
  fr: 'Formulaire inconnu : portail ou langue manquant',
  nl: 'Onbekend formulier: portaal of taal ontbreekt',
};
