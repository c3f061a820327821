type Report = { recipients: number; sent: number; failed: number; bounced: number };

/** The sending panel's wording in each admin language. */
export const panelText = {
  fr: {
    title: 'Envoi de la lettre',
    saveFirst: 'Enregistrez la lettre pour pouvoir la prévisualiser et l’envoyer.',
    state: 'État',
    states: {
      draft: 'brouillon',
      scheduled: 'programmée',
      sending: 'en cours d’envoi',
      sent: 'envoyée',
    },
    report: (r: Report) =>
      `${r.sent} envoyés sur ${r.recipients}, ${r.failed} échecs, ${r.bounced} adresses en erreur écartées.`,
    assemble: 'Remplir avec les contenus du mois',
    assembled: 'Contenus ajoutés : rechargez la page pour les voir dans les champs.',
    test: 'M’envoyer un test',
    tested: 'Test envoyé à votre adresse.',
    schedule: 'Programmer (1er jour ouvrable, 9 h)',
    scheduled: 'Lettre programmée.',
    unschedule: 'Déprogrammer',
    unscheduled: 'Lettre remise en brouillon.',
    send: 'Envoyer maintenant',
    confirmSend: 'Envoyer la lettre à tous les abonnés confirmés de cette langue ?',
    started: 'Envoi lancé.',
    failed: 'L’action a échoué.',
    preview: 'Aperçu de l’e-mail',
    textVersion: 'Voir la version texte',
  },
  nl: {
    title: 'Verzending van de nieuwsbrief',
    saveFirst: 'Sla de nieuwsbrief op om hem te bekijken en te verzenden.',
    state: 'Status',
    states: {
      draft: 'concept',
      scheduled: 'gepland',
      sending: 'wordt verzonden',
      sent: 'verzonden',
    },
    report: (r: Report) =>
      `${r.sent} van ${r.recipients} verzonden, ${r.failed} mislukt, ${r.bounced} foutieve adressen overgeslagen.`,
    assemble: 'Vullen met de inhoud van de maand',
    assembled: 'Inhoud toegevoegd: herlaad de pagina om ze in de velden te zien.',
    test: 'Test naar mezelf sturen',
    tested: 'Test naar uw adres verzonden.',
    schedule: 'Plannen (1e werkdag, 9 u)',
    scheduled: 'Nieuwsbrief gepland.',
    unschedule: 'Planning annuleren',
    unscheduled: 'Nieuwsbrief terug als concept.',
    send: 'Nu verzenden',
    confirmSend: 'De nieuwsbrief naar alle bevestigde abonnees van deze taal sturen?',
    started: 'Verzending gestart.',
    failed: 'De actie is mislukt.',
    preview: 'Voorbeeld van de e-mail',
    textVersion: 'Tekstversie bekijken',
  },
} as const;
