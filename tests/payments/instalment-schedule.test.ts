import { describe, expect, it } from "vitest";

import {
  availableInstalmentCounts,
  buildInstalmentSchedule,
  unpaidInstalments,
} from "@/lib/payments/instalments";

describe("buildInstalmentSchedule", () => {
  it.each([
    {
      rule: "even split, monthly from today",
      totalCents: 60000,
      count: 3,
      today: "2027-03-10",
      startDate: "2027-07-01",
      expected: [
        { position: 1, dueDate: "2027-03-10", amountCents: 20000 },
        { position: 2, dueDate: "2027-04-10", amountCents: 20000 },
        { position: 3, dueDate: "2027-05-10", amountCents: 20000 },
      ],
    },
    {
      rule: "remainder on the first",
      totalCents: 10001,
      count: 3,
      today: "2027-01-05",
      startDate: "2027-06-01",
      expected: [
        { position: 1, dueDate: "2027-01-05", amountCents: 3335 },
        { position: 2, dueDate: "2027-02-05", amountCents: 3333 },
        { position: 3, dueDate: "2027-03-05", amountCents: 3333 },
      ],
    },
    {
      rule: "31st becomes the month's last day",
      totalCents: 40000,
      count: 4,
      today: "2027-01-31",
      startDate: "2027-06-01",
      expected: [
        { position: 1, dueDate: "2027-01-31", amountCents: 10000 },
        { position: 2, dueDate: "2027-02-28", amountCents: 10000 },
        { position: 3, dueDate: "2027-03-31", amountCents: 10000 },
        { position: 4, dueDate: "2027-04-30", amountCents: 10000 },
      ],
    },
    {
      rule: "last due exactly 30 days before start",
      totalCents: 5000,
      count: 2,
      today: "2027-05-02",
      startDate: "2027-07-02",
      expected: [
        { position: 1, dueDate: "2027-05-02", amountCents: 2500 },
        { position: 2, dueDate: "2027-06-02", amountCents: 2500 },
      ],
    },
    {
      rule: "crosses the year end",
      totalCents: 30000,
      count: 2,
      today: "2026-12-15",
      startDate: "2027-03-01",
      expected: [
        { position: 1, dueDate: "2026-12-15", amountCents: 15000 },
        { position: 2, dueDate: "2027-01-15", amountCents: 15000 },
      ],
    },
  ])("$rule", ({ expected, ...facts }) => {
    const schedule = buildInstalmentSchedule(facts);

    expect(schedule).toEqual(expected);
    expect(schedule?.reduce((sum, line) => sum + line.amountCents, 0)).toBe(facts.totalCents);
  });

  it.each([
    {
      rule: "last due 29 days before start",
      count: 2,
      today: "2027-05-03",
      startDate: "2027-07-02",
    },
    { rule: "one instalment", count: 1, today: "2027-01-01", startDate: "2027-12-01" },
    { rule: "five instalments", count: 5, today: "2027-01-01", startDate: "2027-12-01" },
    { rule: "fractional count", count: 2.5, today: "2027-01-01", startDate: "2027-12-01" },
    { rule: "session already started", count: 2, today: "2027-07-10", startDate: "2027-07-01" },
  ])("rejects $rule", ({ count, today, startDate }) => {
    expect(buildInstalmentSchedule({ totalCents: 50000, count, today, startDate })).toBeNull();
  });

  it("rejects fewer cents than instalments", () => {
    const facts = { totalCents: 3, count: 4, today: "2027-01-01", startDate: "2027-12-01" };

    expect(buildInstalmentSchedule(facts)).toBeNull();
  });
});

describe("availableInstalmentCounts", () => {
  it.each([
    { today: "2027-01-10", startDate: "2027-07-01", expected: [2, 3, 4] },
    { today: "2027-03-10", startDate: "2027-07-01", expected: [2, 3] },
    { today: "2027-05-10", startDate: "2027-07-01", expected: [] },
  ])("from $today to $startDate", ({ expected, ...facts }) => {
    expect(availableInstalmentCounts({ totalCents: 90000, ...facts })).toEqual(expected);
  });
});

describe("unpaidInstalments", () => {
  const schedule = [
    { position: 2, amountCents: 3000 },
    { position: 1, amountCents: 4000 },
    { position: 3, amountCents: 3000 },
  ];

  it.each([
    { rule: "nothing paid", netPaid: 0, owed: [4000, 3000, 3000] },
    { rule: "first partly paid", netPaid: 1000, owed: [3000, 3000, 3000] },
    { rule: "first paid", netPaid: 4000, owed: [3000, 3000] },
    { rule: "second partly paid", netPaid: 5500, owed: [1500, 3000] },
    { rule: "all paid", netPaid: 10000, owed: [] },
  ])("$rule", ({ netPaid, owed }) => {
    const unpaid = unpaidInstalments(schedule, netPaid);

    expect(unpaid.map((line) => line.owedCents)).toEqual(owed);
  });
});
