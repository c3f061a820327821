/**
 * The referent approvals of seul avec enfant's rights pages, by article key, so the demo
 * shows « Contenu validé par … le … ». `reviewDueAt` is the date by which the referent should
 * reread the page; `sae-tax-single-parent`'s has passed without a new validation, so the
 * portal shows it « en cours de révision » (the rule: `revisionReasons` in content-models).
 */
export interface SeedValidation {
  article: string;
  organisation: string;
  approvedAt: string;
  reviewDueAt: string;
}

export const seulAvecEnfantValidations: SeedValidation[] = [
  {
    article: 'sae-separation-steps',
    organisation: 'droits-quotidiens',
    approvedAt: '2026-01-28',
    reviewDueAt: '2027-01-28',
  },
  {
    article: 'sae-maintenance-secal',
    organisation: 'secal',
    approvedAt: '2026-02-16',
    reviewDueAt: '2027-02-16',
  },
  {
    article: 'sae-maintenance-advances',
    organisation: 'secal',
    approvedAt: '2026-02-25',
    reviewDueAt: '2027-02-25',
  },
  {
    article: 'sae-violence-first-help',
    organisation: 'droits-quotidiens',
    approvedAt: '2026-03-02',
    reviewDueAt: '2027-03-02',
  },
  {
    article: 'sae-childcare-one',
    organisation: 'one',
    approvedAt: '2026-03-18',
    reviewDueAt: '2027-03-18',
  },
  {
    article: 'sae-social-income',
    organisation: 'mi-is',
    approvedAt: '2026-04-02',
    reviewDueAt: '2027-04-02',
  },
  {
    article: 'sae-tax-single-parent',
    organisation: 'spf-finances',
    approvedAt: '2025-04-20',
    reviewDueAt: '2026-04-20',
  },
  {
    article: 'sae-bim',
    organisation: 'inami',
    approvedAt: '2026-05-05',
    reviewDueAt: '2027-05-05',
  },
  {
    article: 'sae-family-allowances',
    organisation: 'famiwal',
    approvedAt: '2026-05-28',
    reviewDueAt: '2027-05-28',
  },
  {
    article: 'sae-unemployment',
    organisation: 'onem',
    approvedAt: '2026-02-12',
    reviewDueAt: '2027-02-12',
  },
];
