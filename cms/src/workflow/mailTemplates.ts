/** The workflow e-mails, French then Dutch: referents and editors may read either language. */
export interface MailText {
  subject: string;
  text: string;
}

const signature = '\n\n— Portails Hospichild · Born in Brussels · seul avec enfant';

export function toValidate(title: string, link: string, organisations: string): MailText {
  return {
    subject: `À valider / Te valideren : ${title}`,
    text:
      `Bonjour,\n\nLe texte « ${title} » attend la validation de ${organisations}.\n` +
      `Relisez-le et validez-le ou demandez des modifications : ${link}\n\n` +
      `Goedendag,\n\nDe tekst "${title}" wacht op validatie door ${organisations}.\n` +
      `Lees hem na en valideer hem of vraag wijzigingen: ${link}` +
      signature,
  };
}

export function validated(title: string, link: string, organisation: string): MailText {
  return {
    subject: `Validé / Gevalideerd : ${title}`,
    text:
      `Bonjour,\n\n${organisation} a validé « ${title} ». Vous pouvez le publier : ${link}\n\n` +
      `Goedendag,\n\n${organisation} heeft "${title}" gevalideerd. U kunt hem publiceren: ${link}` +
      signature,
  };
}

export function changesRequested(title: string, link: string, comment: string): MailText {
  return {
    subject: `Modifications demandées / Wijzigingen gevraagd : ${title}`,
    text:
      `Bonjour,\n\nLe référent demande des modifications à « ${title} » :\n\n${comment}\n\n${link}\n\n` +
      `Goedendag,\n\nDe referent vraagt wijzigingen aan "${title}":\n\n${comment}\n\n${link}` +
      signature,
  };
}
