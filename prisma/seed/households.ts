// Generates the demo households as plain data (no database, no files):
// members, spouses, children, addresses and tax notices. The same Faker
// seed always gives the same households.
import type { Faker } from "@faker-js/faker";

import communesFile from "@/data/communes-31.json";
import { EMPLOYER_SUGGESTIONS } from "@/lib/enrolment/employers";
import { computeFiscalQuotientCents, findBracket } from "@/lib/quotient";

import type { BracketBoundsCents } from "./grid";
import { randomFamily } from "./family";
import { birthDateForAge, emailSlug, phoneNumber, randomSex, type PersonPlan } from "./people";
import { taxShareHundredths } from "./tax-shares";

export type ChildPlan = PersonPlan & {
  disability: boolean;
  /** PENDING: declared by the member, waiting for staff with its birth certificate. */
  status: "VALIDATED" | "PENDING";
  /** School certificate of a child aged 16 or more, for the current school year. */
  schoolCertificate: "ACCEPTED" | "PENDING" | null;
};

export type TaxNoticePlan = {
  status: "ACCEPTED" | "PENDING" | "REJECTED";
  referenceIncomeCents: number;
  taxShareHundredths: number;
  /** Monthly quotient computed by lib/quotient; only ACCEPTED notices set a HouseholdQuotient. */
  quotientCents: number;
  bracketPosition: number;
};

export type HouseholdPlan = {
  member: PersonPlan & {
    email: string;
    employeeNumber: string;
    employer: string;
    status: "ACTIVE" | "RETIRED";
    phone: string;
  };
  spouse: PersonPlan | null;
  children: ChildPlan[];
  address: {
    addressLine1: string;
    addressLine2: string | null;
    postalCode: string;
    communeCode: string;
    communeName: string;
  };
  /**
   * Membership of the current year: PENDING for an enrolment waiting for
   * staff, LAPSED when last year's membership was not renewed.
   */
  membership: "ACTIVE" | "PENDING" | "LAPSED";
  /** Whether the member also had an ACTIVE membership the previous year. */
  memberLastYear: boolean;
  taxNotice: TaxNoticePlan | null;
  /**
   * Records for the next campaign year, so members can book next season's
   * sessions: an ACTIVE membership, and a quotient from the same notice
   * figures (the accepted notice is copied as a new document for that year).
   */
  nextYear?: { membership: boolean; quotient: boolean };
};

/** Domain of the generated members' e-mails. The demo accounts use entraide.test itself. */
export const GENERATED_EMAIL_DOMAIN = "adherents.entraide.test";

export const REJECTED_NOTICE_REASON =
  "Avis incomplet : envoyez toutes les pages de l'avis d'impôt, avec le revenu fiscal de référence lisible.";

// Monthly QF bounds used for the open-ended first and last brackets, in cents.
const LOWEST_QUOTIENT_CENTS = 30_000;
const HIGHEST_QUOTIENT_CENTS = 260_000;

const communeWeights = communesFile.communes.map((commune) => ({
  weight: commune.population,
  value: commune,
}));

/** Returns an address in a commune drawn in proportion to its population, with one of its postal codes. */
function randomAddress(faker: Faker): HouseholdPlan["address"] {
  const commune = faker.helpers.weightedArrayElement(communeWeights);
  const number = faker.number.int({ min: 1, max: 150 });
  let addressLine2: string | null = null;
  if (faker.number.float() < 0.15) {
    const building = faker.helpers.arrayElement(["A", "B", "C", "D"]);
    addressLine2 = `Bâtiment ${building}, appartement ${faker.number.int({ min: 1, max: 60 })}`;
  }
  return {
    addressLine1: `${number} ${faker.location.street()}`,
    addressLine2,
    postalCode: faker.helpers.arrayElement(commune.codes_postaux),
    communeCode: commune.code_insee,
    communeName: commune.nom,
  };
}

/**
 * Returns a unique six-digit employee number for each index below 900,000.
 * Multiplying by 7,919, a prime that does not divide 900,000, permutes the
 * range, so the numbers look unordered and never repeat.
 */
export function employeeNumberFor(index: number): string {
  return String(100_000 + ((index * 7_919 + 4_241) % 900_000));
}

/** Builds a tax notice with the quotient and bracket that lib/quotient computes from it. */
export function taxNoticeFor(
  brackets: BracketBoundsCents[],
  notice: Pick<TaxNoticePlan, "status" | "referenceIncomeCents" | "taxShareHundredths">,
): TaxNoticePlan {
  const quotientCents = computeFiscalQuotientCents(notice);
  const bracket = findBracket(
    brackets.map((candidate) => ({ ...candidate, id: String(candidate.position) })),
    quotientCents,
  );
  return { ...notice, quotientCents, bracketPosition: bracket.position };
}

/** Picks an income whose quotient falls inside the bracket at `position`. */
function taxNoticeInBracket(
  faker: Faker,
  brackets: BracketBoundsCents[],
  position: number,
  shares: number,
  status: TaxNoticePlan["status"],
): TaxNoticePlan {
  const bracket = brackets[position - 1];
  // One euro inside each bound, so rounding the income to whole euros keeps
  // the quotient in the bracket.
  const min = (bracket.minCents ?? LOWEST_QUOTIENT_CENTS) + 100;
  const max = (bracket.maxCents ?? HIGHEST_QUOTIENT_CENTS) - 100;
  const targetQuotientCents = faker.number.int({ min, max });
  // The revenu fiscal de référence is a whole number of euros.
  const incomeEuros = Math.round((targetQuotientCents * 12 * shares) / 100 / 100);
  return taxNoticeFor(brackets, {
    status,
    referenceIncomeCents: incomeEuros * 100,
    taxShareHundredths: shares,
  });
}

// Share of households in each bracket, lowest first: an estimate shaped
// like a city's staff, not a measured distribution.
const BRACKET_WEIGHTS = [8, 10, 13, 14, 14, 15, 14, 12];

export type GenerateOptions = {
  faker: Faker;
  count: number;
  /** Calendar date "YYYY-MM-DD" on which ages are counted. */
  today: string;
  brackets: BracketBoundsCents[];
};

/**
 * Generates `count` households. The first households with an accepted tax
 * notice take the brackets in turn, so every bracket has households even
 * for a small count.
 */
export function generateHouseholds({
  faker,
  count,
  today,
  brackets,
}: GenerateOptions): HouseholdPlan[] {
  const households: HouseholdPlan[] = [];
  let acceptedNotices = 0;

  for (let index = 0; index < count; index += 1) {
    const retired = faker.number.float() < 0.15;
    const age = retired
      ? faker.number.int({ min: 62, max: 84 })
      : faker.number.int({ min: 22, max: 61 });
    const sex = randomSex(faker);
    const lastName = faker.person.lastName();
    const firstName = faker.person.firstName(sex);
    // Every 30th household is an enrolment waiting for staff: no family yet.
    const pendingEnrolment = index % 30 === 7;

    const { couple, singleParent, spouse, children } = pendingEnrolment
      ? { couple: false, singleParent: false, spouse: null, children: [] }
      : randomFamily(faker, today, { retired, age, sex, lastName });

    const membership = pendingEnrolment
      ? "PENDING"
      : faker.number.float() < 0.02
        ? "LAPSED"
        : "ACTIVE";
    const noticeStatus = pendingEnrolment
      ? null
      : faker.helpers.weightedArrayElement([
          { weight: 82, value: "ACCEPTED" as const },
          { weight: 6, value: "PENDING" as const },
          { weight: 2, value: "REJECTED" as const },
          { weight: 10, value: null },
        ]);

    let taxNotice: TaxNoticePlan | null = null;
    if (noticeStatus) {
      const forced = noticeStatus === "ACCEPTED" && acceptedNotices < brackets.length;
      const position = forced
        ? acceptedNotices + 1
        : faker.helpers.weightedArrayElement(
            BRACKET_WEIGHTS.map((weight, i) => ({ weight, value: i + 1 })),
          );
      const shares = taxShareHundredths({
        couple,
        singleParent,
        children: children.filter((child) => child.status === "VALIDATED"),
      });
      taxNotice = taxNoticeInBracket(faker, brackets, position, shares, noticeStatus);
      if (noticeStatus === "ACCEPTED") acceptedNotices += 1;
    }

    households.push({
      member: {
        sex,
        firstName,
        lastName,
        birthDate: birthDateForAge(faker, today, age),
        email: `${emailSlug(firstName)}.${emailSlug(lastName)}.${index + 1}@${GENERATED_EMAIL_DOMAIN}`,
        employeeNumber: employeeNumberFor(index),
        employer: faker.helpers.weightedArrayElement([
          { weight: 60, value: EMPLOYER_SUGGESTIONS[0] },
          { weight: 30, value: EMPLOYER_SUGGESTIONS[1] },
          { weight: 10, value: EMPLOYER_SUGGESTIONS[2] },
        ]),
        status: retired ? "RETIRED" : "ACTIVE",
        phone: phoneNumber(faker),
      },
      spouse,
      children,
      address: randomAddress(faker),
      membership,
      memberLastYear: !pendingEnrolment && faker.number.float() < 0.88,
      taxNotice,
    });
  }
  return households;
}
