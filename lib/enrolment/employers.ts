/**
 * Employers offered as suggestions on the enrolment form and used by the
 * demo data. Members may type another employer.
 */
export const EMPLOYER_SUGGESTIONS = [
  "Mairie de Toulouse",
  "Toulouse Métropole",
  "CCAS de Toulouse",
] as const;
