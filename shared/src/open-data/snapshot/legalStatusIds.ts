/** The `/rest/legalstatus` ids synthetic organisations take, named for legibility. */
export const legalStatusIds = {
  asbl: 922,
  foundation: 923,
  commune: 931,
  cpas: 932,
} as const;
