// The demo accounts listed in the README. Every demo account, and every
// generated member, signs in with DEMO_PASSWORD.
import type { StaffSector } from "@/lib/generated/prisma/enums";

import type { BracketBoundsCents } from "./grid";
import { taxNoticeFor, type HouseholdPlan } from "./households";
import { taxShareHundredths } from "./tax-shares";

export const DEMO_PASSWORD = "entraide-demo";

export const DEMO_STAFF: { email: string; displayName: string; sector: StaffSector }[] = [
  { email: "direction@entraide.test", displayName: "Démo Direction", sector: "DIRECTION" },
  {
    email: "vacances@entraide.test",
    displayName: "Démo Vacances, Sports, Loisirs",
    sector: "VACANCES_SPORTS_LOISIRS",
  },
  {
    email: "communication@entraide.test",
    displayName: "Démo Communication, Stages",
    sector: "COMMUNICATION_STAGES",
  },
  {
    email: "prestations@entraide.test",
    displayName: "Démo Prestations, Caisse, Prêts",
    sector: "PRESTATIONS_CAISSE_PRETS",
  },
  {
    email: "action-sociale@entraide.test",
    displayName: "Démo Action sociale",
    sector: "ACTION_SOCIALE",
  },
  { email: "secretariat@entraide.test", displayName: "Démo Secrétariat", sector: "SECRETARIAT" },
  {
    email: "adhesions@entraide.test",
    displayName: "Démo Fichier des adhésions",
    sector: "FICHIER_ADHESIONS",
  },
];

export const DEMO_ADMIN = { email: "admin@entraide.test", displayName: "Démo Administration" };

export const DEMO_MEMBER_EMAIL = "adherent@entraide.test";
export const DEMO_FAMILY_EMAIL = "famille@entraide.test";

// Seven digits, so they never equal a generated six-digit employee number.
export const DEMO_MEMBER_EMPLOYEE_NUMBER = "1000001";
export const DEMO_FAMILY_EMPLOYEE_NUMBER = "1000002";

/**
 * Returns the household of the demo member: a couple with three children
 * aged about 4 to 14, an active membership and an accepted tax notice that
 * puts it in Tranche 7 (monthly quotient 1,083.33 €).
 */
export function demoMemberHousehold(brackets: BracketBoundsCents[]): HouseholdPlan {
  const children = [
    { sex: "female", firstName: "Léa", birthDate: "2012-05-02" },
    { sex: "male", firstName: "Hugo", birthDate: "2017-09-21" },
    { sex: "female", firstName: "Inès", birthDate: "2022-01-30" },
  ].map((child) => ({
    ...child,
    sex: child.sex as "female" | "male",
    lastName: "Bernard",
    disability: false,
    status: "VALIDATED" as const,
    schoolCertificate: null,
  }));

  return {
    member: {
      sex: "female",
      firstName: "Camille",
      lastName: "Bernard",
      birthDate: "1985-03-14",
      email: DEMO_MEMBER_EMAIL,
      employeeNumber: DEMO_MEMBER_EMPLOYEE_NUMBER,
      employer: "Mairie de Toulouse",
      status: "ACTIVE",
      phone: "05 61 22 33 44",
    },
    spouse: { sex: "male", firstName: "Julien", lastName: "Bernard", birthDate: "1983-11-02" },
    children,
    address: {
      addressLine1: "12 rue du Taur",
      addressLine2: null,
      postalCode: "31000",
      communeCode: "31555",
      communeName: "Toulouse",
    },
    membership: "ACTIVE",
    memberLastYear: true,
    nextYear: { membership: true, quotient: true },
    taxNotice: taxNoticeFor(brackets, {
      status: "ACCEPTED",
      referenceIncomeCents: 5_200_000,
      taxShareHundredths: taxShareHundredths({ couple: true, singleParent: false, children }),
    }),
  };
}

/**
 * Returns the household of the second demo member: a single father with a
 * son aged 10 in summer 2027, active memberships this year and next year,
 * and an accepted tax notice in Tranche 3 (monthly quotient 625 €). With the
 * first demo member, two families can compete for the last place of a session.
 */
export function demoFamilyHousehold(brackets: BracketBoundsCents[]): HouseholdPlan {
  const children = [
    {
      sex: "male" as const,
      firstName: "Noah",
      lastName: "Martin",
      birthDate: "2017-03-18",
      disability: false,
      status: "VALIDATED" as const,
      schoolCertificate: null,
    },
  ];

  return {
    member: {
      sex: "male",
      firstName: "Karim",
      lastName: "Martin",
      birthDate: "1984-06-09",
      email: DEMO_FAMILY_EMAIL,
      employeeNumber: DEMO_FAMILY_EMPLOYEE_NUMBER,
      employer: "Toulouse Métropole",
      status: "ACTIVE",
      phone: "05 61 44 55 66",
    },
    spouse: null,
    children,
    address: {
      addressLine1: "8 allée Jean-Jaurès",
      addressLine2: null,
      postalCode: "31000",
      communeCode: "31555",
      communeName: "Toulouse",
    },
    membership: "ACTIVE",
    memberLastYear: true,
    nextYear: { membership: true, quotient: true },
    taxNotice: taxNoticeFor(brackets, {
      status: "ACCEPTED",
      referenceIncomeCents: 1_500_000,
      taxShareHundredths: taxShareHundredths({ couple: false, singleParent: true, children }),
    }),
  };
}
