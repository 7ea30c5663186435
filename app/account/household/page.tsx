import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AddressForm } from "@/components/account/address-form";
import { DependantsSection, type DependantItem } from "@/components/account/dependants-section";
import { PhoneForm } from "@/components/account/phone-form";
import { ReadOnlyNotice } from "@/components/account/read-only-notice";
import { getCurrentMembership } from "@/lib/account/membership";
import { requireAccountMember } from "@/lib/account/require-account-member";
import { communes } from "@/lib/communes";
import { currentYear, formatCalendarDateFr, toCalendarDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { getHousehold } from "@/lib/household/get-household";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.household");
  return { title: t("title") };
}

export default async function HouseholdPage() {
  const actor = await requireAccountMember();
  const [household, membership] = await Promise.all([
    getHousehold(actor),
    getCurrentMembership(db, actor.memberId),
  ]);
  const canEdit = membership?.status === "ACTIVE";
  const t = await getTranslations("account.household");
  const { self } = household;

  const dependants: DependantItem[] = household.dependants.map((dependant) => ({
    id: dependant.id,
    status: dependant.status,
    rejectionReason: dependant.rejectionReason,
    birthDateLabel: formatCalendarDateFr(dependant.birthDate),
    values: {
      relation: dependant.relation,
      firstName: dependant.firstName,
      lastName: dependant.lastName,
      birthDate: toCalendarDate(dependant.birthDate),
      disability: dependant.disability,
      notes: dependant.notes ?? "",
    },
  }));

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {!canEdit && (
        <ReadOnlyNotice year={currentYear()} rejected={membership?.status === "REJECTED"} />
      )}

      <section
        aria-labelledby="identity-title"
        className="space-y-4 rounded-lg bg-white p-5 shadow-sm"
      >
        <h2 id="identity-title" className="text-lg font-semibold">
          {t("identity.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("identity.intro")}</p>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t("identity.name")}</dt>
          <dd>
            {self.firstName} {self.lastName}
          </dd>
          <dt className="font-medium">{t("identity.birthDate")}</dt>
          <dd>{formatCalendarDateFr(self.birthDate)}</dd>
          <dt className="font-medium">{t("identity.employeeNumber")}</dt>
          <dd>{self.employeeNumber}</dd>
          <dt className="font-medium">{t("identity.employer")}</dt>
          <dd>{self.employer}</dd>
          <dt className="font-medium">{t("identity.status")}</dt>
          <dd>{t(`identity.memberStatus.${self.status}`)}</dd>
          <dt className="font-medium">{t("identity.email")}</dt>
          <dd className="break-all">{self.user.email}</dd>
          {!canEdit && (
            <>
              <dt className="font-medium">{t("identity.phone")}</dt>
              <dd>{self.phone ?? t("identity.noPhone")}</dd>
            </>
          )}
        </dl>
        {household.otherMembers.length > 0 && (
          <p className="text-sm text-slate-700">
            {t("identity.otherMembers", {
              names: household.otherMembers.map((m) => `${m.firstName} ${m.lastName}`).join(", "),
            })}
          </p>
        )}
        {canEdit && <PhoneForm phone={self.phone ?? ""} />}
      </section>

      <section
        aria-labelledby="address-title"
        className="space-y-4 rounded-lg bg-white p-5 shadow-sm"
      >
        <h2 id="address-title" className="text-lg font-semibold">
          {t("address.title")}
        </h2>
        {canEdit ? (
          <AddressForm
            communes={communes}
            address={{
              addressLine1: household.addressLine1,
              addressLine2: household.addressLine2 ?? "",
              postalCode: household.postalCode,
              communeCode: household.communeCode,
            }}
          />
        ) : (
          <address className="text-sm not-italic">
            {household.addressLine1}
            {household.addressLine2 && (
              <>
                <br />
                {household.addressLine2}
              </>
            )}
            <br />
            {household.postalCode} {household.communeName}
          </address>
        )}
      </section>

      <section
        aria-labelledby="dependants-title"
        className="space-y-4 rounded-lg bg-white p-5 shadow-sm"
      >
        <h2 id="dependants-title" className="text-lg font-semibold">
          {t("dependants.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("dependants.intro")}</p>
        <DependantsSection dependants={dependants} canEdit={canEdit} />
      </section>
    </div>
  );
}
