// Names, dates and contact details of generated people. Every value comes
// from the seeded Faker instance, so one seed always gives the same people.
import type { Faker } from "@faker-js/faker";

export type Sex = "female" | "male";

export type PersonPlan = {
  sex: Sex;
  firstName: string;
  lastName: string;
  /** Calendar date "YYYY-MM-DD". */
  birthDate: string;
};

export function randomSex(faker: Faker): Sex {
  return faker.datatype.boolean() ? "female" : "male";
}

export function otherSex(sex: Sex): Sex {
  return sex === "female" ? "male" : "female";
}

/**
 * Returns a birth date "YYYY-MM-DD" of someone who is `age` years old on
 * `today` ("YYYY-MM-DD"), so no birth date is in the future.
 */
export function birthDateForAge(faker: Faker, today: string, age: number): string {
  const birthday = new Date(`${today}T00:00:00Z`);
  birthday.setUTCFullYear(birthday.getUTCFullYear() - age);
  birthday.setUTCDate(birthday.getUTCDate() - faker.number.int({ min: 0, max: 364 }));
  return birthday.toISOString().slice(0, 10);
}

export function person(faker: Faker, sex: Sex, lastName: string, birthDate: string): PersonPlan {
  return { sex, firstName: faker.person.firstName(sex), lastName, birthDate };
}

/** Returns a French mobile or south-west landline number, written "06 12 34 56 78". */
export function phoneNumber(faker: Faker): string {
  const prefix = faker.helpers.arrayElement(["05", "06", "07"]);
  const pairs = Array.from({ length: 4 }, () => String(faker.number.int(99)).padStart(2, "0"));
  return [prefix, ...pairs].join(" ");
}

/** Lower-case ASCII letters and dashes, for the local part of an e-mail address. */
export function emailSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
