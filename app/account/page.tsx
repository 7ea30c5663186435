import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { ResubmitMembershipForm } from "@/components/account/resubmit-membership-form";
import { StatusBadge } from "@/components/account/status-badge";
import { OfferedPlacesCard } from "@/components/booking/offered-places-card";
import { getAccountOverview, type AccountOverview } from "@/lib/account/get-account-overview";
import { requireAccountMember } from "@/lib/account/require-account-member";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.dashboard");
  return { title: t("title") };
}

export default async function AccountDashboardPage() {
  const actor = await requireAccountMember();
  const overview = await getAccountOverview(actor);
  const t = await getTranslations("account.dashboard");

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("greeting", { firstName: overview.firstName })}</h1>
      <OfferedPlacesCard householdId={actor.householdId} />
      <div className="grid gap-4 md:grid-cols-2">
        <MembershipCard overview={overview} />
        <QuotientCard overview={overview} />
        <HouseholdCard overview={overview} />
        <WaitingCard overview={overview} />
      </div>
    </div>
  );
}

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

async function MembershipCard({ overview }: { overview: AccountOverview }) {
  const t = await getTranslations("account");
  const { membership, year } = overview;
  const explanation = {
    PENDING: t("dashboard.membership.pending"),
    ACTIVE: t("dashboard.membership.active"),
    REJECTED: t("dashboard.membership.rejected"),
    CANCELLED: t("dashboard.membership.cancelled"),
  };

  return (
    <Card title={t("dashboard.membership.title", { year })}>
      {membership ? (
        <>
          <StatusBadge
            status={membership.status}
            label={t(`membershipStatus.${membership.status}`)}
          />
          {/* Announces the new status after a resubmission replaces the form. */}
          <p className="text-sm text-slate-700" aria-live="polite">
            {explanation[membership.status]}
          </p>
          {membership.status === "REJECTED" && (
            <>
              {membership.rejectionReason && (
                <p className="text-sm font-medium text-red-800">
                  {t("rejectionReason", { reason: membership.rejectionReason })}
                </p>
              )}
              <div className="border-t border-slate-200 pt-3">
                <ResubmitMembershipForm
                  membershipId={membership.id}
                  proofType={overview.membershipProofType}
                />
              </div>
            </>
          )}
        </>
      ) : (
        <p className="text-sm text-slate-700">{t("dashboard.membership.none", { year })}</p>
      )}
    </Card>
  );
}

async function QuotientCard({ overview }: { overview: AccountOverview }) {
  const t = await getTranslations("account.dashboard.quotient");
  const format = await getFormatter();
  const { bracket, year } = overview;

  if (!bracket) {
    return (
      <Card title={t("title", { year })}>
        <p className="text-sm text-slate-700">{t("noGrid", { year })}</p>
      </Card>
    );
  }
  if (bracket.isDefault || !bracket.quotient) {
    return (
      <Card title={t("title", { year })}>
        <p className="font-medium">{t("defaultBracket", { label: bracket.bracket.label })}</p>
        <p className="text-sm text-slate-700">{t("defaultExplanation", { year })}</p>
        {overview.taxNoticePending && (
          <p className="text-sm text-slate-700">{t("taxNoticePending")}</p>
        )}
        {!overview.taxNoticePending && overview.membership?.status !== "ACTIVE" && (
          <p className="text-sm text-slate-700">{t("sendTaxNoticeLater")}</p>
        )}
        {!overview.taxNoticePending && overview.membership?.status === "ACTIVE" && (
          <Link
            href="/account/documents?type=TAX_NOTICE"
            className="inline-block rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t("sendTaxNotice")}
          </Link>
        )}
      </Card>
    );
  }

  const amount = format.number(bracket.quotient.quotientCents / 100, {
    style: "currency",
    currency: "EUR",
  });
  return (
    <Card title={t("title", { year })}>
      <p className="font-medium">{t("bracket", { label: bracket.bracket.label })}</p>
      <p className="text-sm text-slate-700">{t("value", { amount })}</p>
      <p className="text-xs text-slate-600">{t("privacy")}</p>
    </Card>
  );
}

async function HouseholdCard({ overview }: { overview: AccountOverview }) {
  const t = await getTranslations("account");
  const { household } = overview;

  return (
    <Card title={t("dashboard.household.title")}>
      <address className="text-sm not-italic text-slate-700">
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
      <p className="text-sm">
        <span className="font-medium">{t("dashboard.household.members")} : </span>
        {household.members.map((member) => `${member.firstName} ${member.lastName}`).join(", ")}
      </p>
      <div>
        <h3 className="text-sm font-medium">{t("dashboard.household.dependants")}</h3>
        {household.dependants.length === 0 ? (
          <p className="text-sm text-slate-700">{t("dashboard.household.noDependants")}</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {household.dependants.map((dependant) => (
              <li key={dependant.id} className="flex flex-wrap items-center gap-2 text-sm">
                <span>
                  {dependant.firstName} {dependant.lastName} · {t(`relation.${dependant.relation}`)}
                </span>
                <StatusBadge
                  status={dependant.status}
                  label={t(`dependantStatus.${dependant.status}`)}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
      <Link
        href="/account/household"
        className="inline-block text-sm font-medium text-brand-700 underline"
      >
        {t("dashboard.household.manage")}
      </Link>
    </Card>
  );
}

async function WaitingCard({ overview }: { overview: AccountOverview }) {
  const t = await getTranslations("account");
  const format = await getFormatter();
  const pendingDependants = overview.household.dependants.filter((d) => d.status === "PENDING");
  const rejectedDependants = overview.household.dependants.filter((d) => d.status === "REJECTED");
  const membershipPending = overview.membership?.status === "PENDING";
  const nothingWaiting =
    !membershipPending && pendingDependants.length === 0 && overview.pendingDocuments.length === 0;
  const membershipRejected = overview.membership?.status === "REJECTED";
  const toReview =
    membershipRejected || rejectedDependants.length > 0 || overview.rejectedDocuments.length > 0;

  return (
    <Card title={t("dashboard.waiting.title")}>
      {nothingWaiting ? (
        <p className="text-sm text-slate-700">{t("dashboard.waiting.none")}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {membershipPending && (
            <li>{t("dashboard.waiting.membership", { year: overview.year })}</li>
          )}
          {pendingDependants.map((dependant) => (
            <li key={dependant.id}>
              {t("dashboard.waiting.dependant", {
                relation: t(`relation.${dependant.relation}`),
                name: `${dependant.firstName} ${dependant.lastName}`,
              })}
            </li>
          ))}
          {overview.pendingDocuments.map((document) => (
            <li key={document.id}>
              {t("dashboard.waiting.document", {
                type: t(`documentType.${document.type}`),
                year: document.year,
                date: format.dateTime(document.createdAt, {
                  dateStyle: "short",
                }),
              })}
            </li>
          ))}
        </ul>
      )}
      {toReview && (
        <div className="border-t border-slate-200 pt-3">
          <h3 className="text-sm font-semibold">{t("dashboard.toReview.title")}</h3>
          <ul className="mt-1 space-y-2 text-sm">
            {membershipRejected && (
              <li>
                {t("dashboard.toReview.membership", { year: overview.year })}
                <a href="#resubmit-title" className="block text-brand-700 underline">
                  {t("dashboard.toReview.resubmitMembership")}
                </a>
              </li>
            )}
            {rejectedDependants.map((dependant) => (
              <li key={dependant.id}>
                {t("dashboard.toReview.dependant", {
                  relation: t(`relation.${dependant.relation}`),
                  name: `${dependant.firstName} ${dependant.lastName}`,
                })}
                {dependant.rejectionReason && (
                  <span className="block text-red-800">
                    {t("rejectionReason", {
                      reason: dependant.rejectionReason,
                    })}
                  </span>
                )}
                <Link href="/account/household" className="text-brand-700 underline">
                  {t("dashboard.toReview.fixDependant")}
                </Link>
              </li>
            ))}
            {overview.rejectedDocuments.map((document) => (
              <li key={document.id}>
                {t("dashboard.toReview.document", {
                  type: t(`documentType.${document.type}`),
                  year: document.year,
                })}
                {document.rejectionReason && (
                  <span className="block text-red-800">
                    {t("rejectionReason", { reason: document.rejectionReason })}
                  </span>
                )}
                <Link
                  href={`/account/documents?type=${document.type}`}
                  className="text-brand-700 underline"
                >
                  {t("dashboard.toReview.resendDocument")}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
