import type { Locale } from '@portals/content-models';

/** The words the FAQ assistant ignores and the groups of words it takes as related. */
export interface AssistantLexicon {
  stopWords: readonly string[];
  related: readonly (readonly string[])[];
}

/**
 * Per language, written for readers who ask in their own words ("combien d'argent…" for the
 * "prime de naissance"): stemming alone cannot tie those together. Words are written without
 * accents; each also finds the words it starts (`allocation` finds `allocations`), so one form
 * is enough. Add a group when readers' words miss an answer; see the FAQ feature's README.
 */
export const assistantLexicon: Record<Locale, AssistantLexicon> = {
  fr: {
    stopWords: (
      'le la les l de du des d un une et ou a au aux en dans pour par sur avec sans ce c cet ' +
      'cette ces je j tu il elle on nous vous ils elles me m te t se s mon ma mes ton ta tes ' +
      'son sa ses notre nos votre vos leur leurs qui que qu quoi quel quelle quels quelles est ' +
      'sont suis es etre ai as avons avez ont avoir y ne n pas plus comment pourquoi quand ' +
      'faut faire fait peut puis peux pouvoir dois doit mais si tres bien aussi moi toi lui'
    ).split(' '),
    related: [
      ['argent', 'prime', 'allocation', 'montant', 'somme', 'combien', 'euro', 'payer', 'paye'],
      ['financier', 'financiere', 'prix', 'cout', 'couter', 'gratuit', 'rembourse', 'versement'],
      ['argent', 'recevoir', 'recoit', 'toucher', 'touche', 'verse', 'prime', 'allocation'],
      ['bebe', 'nourrisson', 'nouveau-ne', 'enfant', 'fils', 'fille'],
      ['naissance', 'naitre', 'accouchement', 'accoucher', 'maternite'],
      ['grossesse', 'enceinte', 'prenatal', 'prenatale', 'attendre'],
      ['allaitement', 'allaiter', 'sein', 'biberon', 'lait', 'tetee'],
      ['pleurer', 'pleure', 'triste', 'deprime', 'depression', 'blues', 'moral', 'angoisse'],
      ['fatigue', 'epuise', 'epuisement', 'anxiete', 'anxieuse', 'peur', 'deprime'],
      ['mutualite', 'mutuelle', 'assurance', 'assure', 'cpas', 'couverture'],
      ['travail', 'travailler', 'employeur', 'boulot', 'emploi', 'reprise', 'reprendre'],
      ['conge', 'maternite', 'paternite', 'naissance', 'absence'],
      ['sage', 'medecin', 'docteur', 'gynecologue', 'pediatre', 'consultation'],
      ['declarer', 'declaration', 'commune', 'inscrire', 'inscription', 'acte', 'papiers'],
      ['urgence', 'urgent', 'violence', 'danger', 'secours', 'frappe', 'peur'],
      ['dormir', 'sommeil', 'nuit', 'coucher', 'berceau'],
      ['vaccin', 'vaccination', 'vacciner', 'piqure'],
      ['manger', 'alimentation', 'repas', 'diversification', 'nourriture'],
      ['rendez-vous', 'suivi', 'visite', 'consultation', 'premier'],
    ],
  },
  nl: {
    stopWords: (
      'de het een en of in op aan van voor met zonder bij naar door om te tot ik je jij u hij ' +
      'zij ze we wij jullie mijn jouw uw zijn haar ons onze hun is ben bent was heb hebt ' +
      'heeft hebben kan kun kunt kunnen moet moeten mag wil wat wie waar wanneer hoe waarom ' +
      'welke dat dit die er niet geen ook nog al wel als dan me mij hem men'
    ).split(' '),
    related: [
      ['geld', 'premie', 'kraamgeld', 'bedrag', 'hoeveel', 'euro', 'betalen', 'betaald'],
      ['kosten', 'kost', 'gratis', 'terugbetaling', 'terugbetaald', 'financieel', 'prijs'],
      ['geld', 'krijgen', 'krijg', 'krijgt', 'ontvangen', 'uitkering', 'toelage', 'premie'],
      ['geld', 'groeipakket', 'kinderbijslag', 'gezinsbijslag', 'toelage', 'premie'],
      ['baby', 'zuigeling', 'pasgeborene', 'pasgeboren', 'kind', 'kindje'],
      ['geboorte', 'bevalling', 'bevallen', 'geboren', 'materniteit', 'kraamafdeling'],
      ['zwangerschap', 'zwanger', 'prenataal', 'prenatale', 'verwachten'],
      ['borstvoeding', 'borst', 'zogen', 'flesvoeding', 'fles', 'melk', 'voeden'],
      ['huilen', 'huil', 'verdrietig', 'somber', 'depressie', 'blues', 'dip', 'angst'],
      ['moe', 'uitgeput', 'vermoeid', 'angstig', 'bang', 'depressie'],
      ['ziekenfonds', 'mutualiteit', 'verzekering', 'verzekerd', 'ocmw'],
      ['werk', 'werken', 'werkgever', 'job', 'hervatten', 'terug'],
      ['verlof', 'moederschapsrust', 'bevallingsverlof', 'geboorteverlof', 'vaderschapsverlof'],
      ['vroedvrouw', 'arts', 'dokter', 'huisarts', 'gynaecoloog', 'kinderarts', 'consultatie'],
      ['aangifte', 'aangeven', 'gemeente', 'inschrijven', 'inschrijving', 'akte', 'papieren'],
      ['noodgeval', 'dringend', 'geweld', 'gevaar', 'hulp', 'nood', 'bang'],
      ['slapen', 'slaap', 'nacht', 'wieg', 'bedje'],
      ['vaccin', 'vaccinatie', 'vaccineren', 'prik', 'inenting'],
      ['eten', 'voeding', 'maaltijd', 'vaste'],
      ['afspraak', 'opvolging', 'bezoek', 'consultatie', 'eerste'],
    ],
  },
};
