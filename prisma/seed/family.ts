// Spouses and children of generated households.
import type { Faker } from "@faker-js/faker";

import type { ChildPlan } from "./households";
import { birthDateForAge, otherSex, person, randomSex, type PersonPlan, type Sex } from "./people";

function randomChildren(
  faker: Faker,
  today: string,
  parentAge: number,
  lastName: string,
): ChildPlan[] {
  const count = faker.helpers.weightedArrayElement([
    { weight: 35, value: 1 },
    { weight: 40, value: 2 },
    { weight: 18, value: 3 },
    { weight: 7, value: 4 },
  ]);
  const maxAge = Math.min(25, parentAge - 18);
  return Array.from({ length: count }, () => {
    const age = faker.number.int({ min: 0, max: Math.max(0, maxAge) });
    const sex = randomSex(faker);
    const older = age >= 16;
    return {
      ...person(faker, sex, lastName, birthDateForAge(faker, today, age)),
      disability: faker.number.float() < 0.04,
      status: "VALIDATED" as const,
      schoolCertificate: older
        ? faker.helpers.weightedArrayElement([
            { weight: 60, value: "ACCEPTED" as const },
            { weight: 15, value: "PENDING" as const },
            { weight: 25, value: null },
          ])
        : null,
    };
  });
}

/**
 * Draws the family of a member aged `age`: a spouse or not, and children of
 * any age for active members. A retiree may have an adult child with a
 * disability, and a few families have just declared a newborn.
 */
export function randomFamily(
  faker: Faker,
  today: string,
  head: { retired: boolean; age: number; sex: Sex; lastName: string },
): { couple: boolean; singleParent: boolean; spouse: PersonPlan | null; children: ChildPlan[] } {
  const { retired, age, sex, lastName } = head;
  const kind = faker.helpers.weightedArrayElement(
    retired
      ? [
          { weight: 60, value: "couple" as const },
          { weight: 40, value: "single" as const },
        ]
      : [
          { weight: 45, value: "couple-with-children" as const },
          { weight: 20, value: "couple" as const },
          { weight: 20, value: "single-parent" as const },
          { weight: 15, value: "single" as const },
        ],
  );

  const couple = kind === "couple" || kind === "couple-with-children";
  const spouse = couple
    ? person(
        faker,
        faker.number.float() < 0.9 ? otherSex(sex) : sex,
        faker.number.float() < 0.6 ? lastName : faker.person.lastName(),
        birthDateForAge(faker, today, Math.max(20, age + faker.number.int({ min: -6, max: 6 }))),
      )
    : null;

  let children: ChildPlan[] = [];
  if (kind === "couple-with-children" || kind === "single-parent") {
    children = randomChildren(faker, today, age, lastName);
  } else if (retired && faker.number.float() < 0.1) {
    // An adult child with a disability stays a dependant at any age.
    const childAge = faker.number.int({ min: 25, max: Math.max(25, age - 22) });
    children = [
      {
        ...person(faker, randomSex(faker), lastName, birthDateForAge(faker, today, childAge)),
        disability: true,
        status: "VALIDATED",
        schoolCertificate: null,
      },
    ];
  }
  // A few families have just declared a newborn, waiting for staff.
  if (children.length > 0 && !retired && faker.number.float() < 0.05) {
    children.push({
      ...person(faker, randomSex(faker), lastName, birthDateForAge(faker, today, 0)),
      disability: false,
      status: "PENDING",
      schoolCertificate: null,
    });
  }
  return { couple, singleParent: kind === "single-parent", spouse, children };
}
