// Turns household plans into rows for createMany, with ids chosen here so
// that rows can reference each other before they are inserted.
import type { Faker } from "@faker-js/faker";

import { parseCalendarDate } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentType } from "@/lib/generated/prisma/enums";

import { DEMO_ADMIN, DEMO_STAFF } from "./demo-accounts";
import {
  birthCertificateText,
  employmentProofText,
  schoolCertificateText,
  taxNoticeText,
  type PdfText,
} from "./documents";
import type { BracketBoundsCents } from "./grid";
import {
  REJECTED_NOTICE_REASON,
  type ChildPlan,
  type HouseholdPlan,
  type TaxNoticePlan,
} from "./households";

/** A document row without its file, and the text of the PDF to store for it. */
export type DocumentDraft = {
  row: Omit<
    Prisma.SupportingDocumentCreateManyInput,
    "storageKey" | "originalName" | "contentType" | "sizeBytes" | "sha256"
  >;
  pdf: PdfText;
};

export type SeedRows = {
  brackets: Prisma.QuotientBracketCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  households: Prisma.HouseholdCreateManyInput[];
  members: Prisma.MemberCreateManyInput[];
  dependants: Prisma.DependantCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  documents: DocumentDraft[];
  quotients: Prisma.HouseholdQuotientCreateManyInput[];
  auditEntries: Prisma.AuditEntryCreateManyInput[];
};

const DAY_MS = 24 * 60 * 60 * 1000;

function calendarDate(value: string): Date {
  const date = parseCalendarDate(value);
  if (!date) throw new Error(`Invalid calendar date in the demo data: ${value}`);
  return date;
}

export class SeedRowBuilder {
  readonly rows: SeedRows = {
    brackets: [],
    users: [],
    households: [],
    members: [],
    dependants: [],
    memberships: [],
    documents: [],
    quotients: [],
    auditEntries: [],
  };
  private reviewerId = "";
  private readonly bracketIds = new Map<number, string>();
  private readonly nextYearBracketIds = new Map<number, string>();

  constructor(
    private readonly faker: Faker,
    private readonly options: { now: Date; year: number; passwordHash: string },
  ) {}

  /** Returns a cuid-shaped id from the seeded generator, so a seed gives the same ids. */
  private id() {
    return `c${this.faker.string.alphanumeric({ length: 24, casing: "lower" })}`;
  }

  /** Returns an instant between 2 January of the campaign year and two days ago. */
  private earlierThisYear() {
    const from = Date.UTC(this.options.year, 0, 2);
    const to = Math.max(from + DAY_MS, this.options.now.getTime() - 2 * DAY_MS);
    return new Date(this.faker.number.int({ min: from, max: to }));
  }

  /** Returns an instant in the last 30 days, for requests still waiting for staff. */
  private recently() {
    const now = this.options.now.getTime();
    return new Date(this.faker.number.int({ min: now - 30 * DAY_MS, max: now - 60_000 }));
  }

  private reviewedAfter(createdAt: Date) {
    const reviewed = createdAt.getTime() + this.faker.number.int({ min: 1, max: 10 }) * DAY_MS;
    return new Date(Math.min(reviewed, this.options.now.getTime()));
  }

  /** Adds the grid for the previous, the current and the next campaign year. */
  addBrackets(brackets: BracketBoundsCents[]) {
    const { year: current } = this.options;
    for (const year of [current - 1, current, current + 1]) {
      for (const bracket of brackets) {
        const id = this.id();
        if (year === current) this.bracketIds.set(bracket.position, id);
        if (year === current + 1) this.nextYearBracketIds.set(bracket.position, id);
        this.rows.brackets.push({ id, year, ...bracket });
      }
    }
  }

  /** Adds one staff user per sector and the admin. The Fichier des adhésions user reviews documents. */
  addStaff() {
    for (const staff of DEMO_STAFF) {
      const id = this.id();
      if (staff.sector === "FICHIER_ADHESIONS") this.reviewerId = id;
      this.rows.users.push({
        id,
        email: staff.email,
        passwordHash: this.options.passwordHash,
        role: "STAFF",
        sectors: [staff.sector],
        displayName: staff.displayName,
      });
    }
    this.rows.users.push({
      id: this.id(),
      email: DEMO_ADMIN.email,
      passwordHash: this.options.passwordHash,
      role: "ADMIN",
      sectors: [],
      displayName: DEMO_ADMIN.displayName,
    });
  }

  addHousehold(plan: HouseholdPlan) {
    const { year } = this.options;
    const userId = this.id();
    const householdId = this.id();
    const memberId = this.id();
    const { member } = plan;

    this.rows.users.push({
      id: userId,
      email: member.email,
      passwordHash: this.options.passwordHash,
      role: "MEMBER",
      displayName: `${member.firstName} ${member.lastName}`,
    });
    this.rows.households.push({ id: householdId, ...plan.address });
    this.rows.members.push({
      id: memberId,
      userId,
      householdId,
      employeeNumber: member.employeeNumber,
      employer: member.employer,
      status: member.status,
      firstName: member.firstName,
      lastName: member.lastName,
      birthDate: calendarDate(member.birthDate),
      phone: member.phone,
    });
    const ids = { userId, householdId, memberId };

    this.addMemberships(plan, ids);
    if (plan.spouse) {
      this.rows.dependants.push({
        id: this.id(),
        householdId,
        relation: "SPOUSE",
        firstName: plan.spouse.firstName,
        lastName: plan.spouse.lastName,
        birthDate: calendarDate(plan.spouse.birthDate),
        status: "VALIDATED",
        reviewedById: this.reviewerId,
        reviewedAt: this.earlierThisYear(),
      });
    }
    for (const child of plan.children) this.addChild(child, ids);
    this.addTaxNotice(plan, ids, year);
    this.addNextYear(plan, ids);
  }

  /** Adds next year's ACTIVE membership and quotient when the plan sets them. */
  private addNextYear(
    plan: HouseholdPlan,
    ids: { userId: string; householdId: string; memberId: string },
  ) {
    const year = this.options.year + 1;
    if (plan.nextYear?.membership) this.addActiveMembership(ids.memberId, year, this.recently());
    const notice = plan.taxNotice;
    if (!plan.nextYear?.quotient || notice?.status !== "ACCEPTED") return;
    const bracketId = this.nextYearBracketIds.get(notice.bracketPosition);
    if (!bracketId) {
      throw new Error(
        `No ${year} bracket at position ${notice.bracketPosition}: call addBrackets first.`,
      );
    }
    const documentId = this.addDocument(
      ids,
      "TAX_NOTICE",
      "ACCEPTED",
      taxNoticeText(plan, notice, year),
      {
        createdAt: this.recently(),
        year,
      },
    );
    this.addQuotient(ids.householdId, year, notice, bracketId, documentId);
  }

  private addMemberships(
    plan: HouseholdPlan,
    ids: { userId: string; householdId: string; memberId: string },
  ) {
    const { year } = this.options;
    if (plan.memberLastYear) {
      const createdAt = new Date(Date.UTC(year - 1, 0, this.faker.number.int({ min: 5, max: 60 })));
      this.rows.memberships.push({
        id: this.id(),
        memberId: ids.memberId,
        year: year - 1,
        status: "ACTIVE",
        reviewedById: this.reviewerId,
        reviewedAt: this.reviewedAfter(createdAt),
        createdAt,
      });
    }
    if (plan.membership === "LAPSED") return;

    if (plan.membership === "PENDING") {
      const createdAt = this.recently();
      const membershipId = this.id();
      this.rows.memberships.push({
        id: membershipId,
        memberId: ids.memberId,
        year,
        status: "PENDING",
        createdAt,
      });
      const documentId = this.addDocument(
        ids,
        plan.member.status === "RETIRED" ? "PENSION_SLIP" : "PAYSLIP",
        "PENDING",
        employmentProofText(plan, year),
        { memberId: ids.memberId, createdAt },
      );
      this.rows.auditEntries.push({
        id: this.id(),
        action: "member.enrolled",
        actorId: ids.userId,
        entityType: "Member",
        entityId: ids.memberId,
        householdId: ids.householdId,
        after: {
          employeeNumber: plan.member.employeeNumber,
          membershipId,
          membershipYear: year,
          documentId,
        },
        createdAt,
      });
      return;
    }

    this.addActiveMembership(ids.memberId, year, this.earlierThisYear());
  }

  /** Adds an ACTIVE membership for `year`, reviewed after its creation. */
  private addActiveMembership(memberId: string, year: number, createdAt: Date) {
    this.rows.memberships.push({
      id: this.id(),
      memberId,
      year,
      status: "ACTIVE",
      reviewedById: this.reviewerId,
      reviewedAt: this.reviewedAfter(createdAt),
      createdAt,
    });
  }

  private addChild(child: ChildPlan, ids: { userId: string; householdId: string }) {
    const { year } = this.options;
    const dependantId = this.id();
    const pending = child.status === "PENDING";
    const createdAt = pending ? this.recently() : this.earlierThisYear();
    this.rows.dependants.push({
      id: dependantId,
      householdId: ids.householdId,
      relation: "CHILD",
      firstName: child.firstName,
      lastName: child.lastName,
      birthDate: calendarDate(child.birthDate),
      disability: child.disability,
      status: child.status,
      reviewedById: pending ? null : this.reviewerId,
      reviewedAt: pending ? null : this.reviewedAfter(createdAt),
      createdAt,
    });
    if (pending) {
      this.addDocument(ids, "BIRTH_CERTIFICATE", "PENDING", birthCertificateText(child), {
        dependantId,
        createdAt,
      });
    }
    if (child.schoolCertificate) {
      this.addDocument(
        ids,
        "SCHOOL_CERTIFICATE",
        child.schoolCertificate,
        schoolCertificateText(child, year),
        {
          dependantId,
          createdAt:
            child.schoolCertificate === "PENDING" ? this.recently() : this.earlierThisYear(),
        },
      );
    }
  }

  private addTaxNotice(
    plan: HouseholdPlan,
    ids: { userId: string; householdId: string },
    year: number,
  ) {
    const notice = plan.taxNotice;
    if (!notice) return;
    const createdAt = notice.status === "PENDING" ? this.recently() : this.earlierThisYear();
    const documentId = this.addDocument(
      ids,
      "TAX_NOTICE",
      notice.status,
      taxNoticeText(plan, notice, year),
      {
        createdAt,
      },
    );
    if (notice.status !== "ACCEPTED") return;

    const bracketId = this.bracketIds.get(notice.bracketPosition);
    if (!bracketId)
      throw new Error(`No bracket at position ${notice.bracketPosition}: call addBrackets first.`);
    this.addQuotient(ids.householdId, year, notice, bracketId, documentId);
  }

  /** Adds the household's quotient for `year`, validated from an accepted tax notice. */
  private addQuotient(
    householdId: string,
    year: number,
    notice: TaxNoticePlan,
    bracketId: string,
    documentId: string,
  ) {
    this.rows.quotients.push({
      id: this.id(),
      householdId,
      year,
      referenceIncomeCents: notice.referenceIncomeCents,
      taxShareHundredths: notice.taxShareHundredths,
      quotientCents: notice.quotientCents,
      bracketId,
      documentId,
      validatedById: this.reviewerId,
    });
  }

  /** Adds a document that the member uploaded. A reviewed document also gets a reviewer and a date. */
  private addDocument(
    ids: { userId: string; householdId: string },
    type: DocumentType,
    status: "PENDING" | "ACCEPTED" | "REJECTED",
    pdf: PdfText,
    links: { memberId?: string; dependantId?: string; createdAt: Date; year?: number },
  ): string {
    const id = this.id();
    const reviewed = status !== "PENDING";
    this.rows.documents.push({
      row: {
        id,
        householdId: ids.householdId,
        memberId: links.memberId ?? null,
        dependantId: links.dependantId ?? null,
        type,
        year: links.year ?? this.options.year,
        status,
        rejectionReason: status === "REJECTED" ? REJECTED_NOTICE_REASON : null,
        uploadedById: ids.userId,
        reviewedById: reviewed ? this.reviewerId : null,
        reviewedAt: reviewed ? this.reviewedAfter(links.createdAt) : null,
        createdAt: links.createdAt,
      },
      pdf,
    });
    return id;
  }
}
