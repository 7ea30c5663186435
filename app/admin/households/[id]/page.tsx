import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { formatCalendarDateFr } from "@/lib/dates";
import { formatEuros, formatTaxShares } from "@/lib/staff/format";
import { getHouseholdForStaff } from "@/lib/staff/household";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { managedOfferKinds } from "@/lib/staff/sectors";
import { AuditList } from "../../_components/audit-list";
import { Pagination } from "../../_components/pagination";
import { DocumentLine, formatAddress, Section } from "../../_components/review-parts";
import { StatusBadge } from "../../_components/status-badge";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function HouseholdPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireStaffPage(`/admin/households/${id}`);
  const auditPage = Number((await searchParams).journal) || 1;
  const view = await orNotFound(getHouseholdForStaff(actor, { householdId: id, auditPage }));
  const { household, documents, quotients, audit } = view;
  const t = await getTranslations("admin");
  const tBookings = await getTranslations("adminBookings.office");
  const names = household.members.map((member) => `${member.firstName} ${member.lastName}`);

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{t("household.title", { names: names.join(", ") })}</h1>
      <p className="text-slate-700">{formatAddress(household)}</p>
      {managedOfferKinds(actor).length > 0 && (
        <Link
          href={`/admin/households/${household.id}/book`}
          className="inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          {tBookings("link")}
        </Link>
      )}

      <Section title={t("household.members")}>
        <ul className="space-y-4">
          {household.members.map((member) => (
            <li key={member.id} className="space-y-1">
              <p className="font-semibold">
                {member.firstName} {member.lastName}
              </p>
              <p className="wrap-anywhere text-sm text-slate-700">
                {member.employeeNumber} · {member.employer} ·{" "}
                {t("memberSituation", { status: t(`memberStatus.${member.status}`) })} ·{" "}
                {formatCalendarDateFr(member.birthDate)} · {member.user.email}
                {member.phone ? ` · ${member.phone}` : ""}
              </p>
              <p className="text-sm">
                {t("household.memberships")} : {member.memberships.length === 0 && "—"}
              </p>
              <ul className="flex flex-wrap gap-3 text-sm">
                {member.memberships.map((membership) => (
                  <li key={membership.id} className="flex items-center gap-1">
                    {membership.year} <StatusBadge status={membership.status} />
                    {membership.status === "PENDING" && (
                      <Link
                        className="text-brand-700 underline"
                        href={`/admin/memberships/${membership.id}`}
                      >
                        {t("household.review")}
                      </Link>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </Section>

      <Section title={t("household.dependants")}>
        {household.dependants.length === 0 ? (
          <p className="text-slate-700">{t("household.noDependants")}</p>
        ) : (
          <ul className="space-y-2">
            {household.dependants.map((dependant) => (
              <li key={dependant.id} className="flex flex-wrap items-center gap-2">
                <span className="font-medium">
                  {dependant.firstName} {dependant.lastName}
                </span>
                <span className="text-sm text-slate-700">
                  {t(`relations.${dependant.relation}`)} ·{" "}
                  {formatCalendarDateFr(dependant.birthDate)}
                </span>
                <StatusBadge status={dependant.status} />
                {dependant.archivedAt && (
                  <span className="text-sm italic text-slate-600">{t("household.archived")}</span>
                )}
                {dependant.status === "PENDING" && !dependant.archivedAt && (
                  <Link
                    className="text-sm text-brand-700 underline"
                    href={`/admin/dependants/${dependant.id}`}
                  >
                    {t("household.review")}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t("household.documents")}>
        {documents.length === 0 ? (
          <p className="text-slate-700">{t("household.noDocuments")}</p>
        ) : (
          <ul className="space-y-3">
            {documents.map((document) => (
              <li key={document.id} className="space-y-1">
                <DocumentLine document={document} />
                {document.status === "PENDING" && (
                  <Link
                    className="text-sm text-brand-700 underline"
                    href={`/admin/documents/${document.id}`}
                  >
                    {t("household.review")}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="text-xs text-slate-600">{t("household.documentsScope")}</p>
      </Section>

      <Section title={t("household.quotients")}>
        {quotients === null ? (
          <p className="text-slate-700">{t("household.quotientHidden")}</p>
        ) : quotients.length === 0 ? (
          <p className="text-slate-700">{t("household.noQuotients")}</p>
        ) : (
          <ul className="space-y-1">
            {quotients.map((quotient) => (
              <li key={quotient.id}>
                {t("household.quotientRow", {
                  year: quotient.year,
                  quotient: formatEuros(quotient.quotientCents),
                  bracket: quotient.bracket.label,
                  income: formatEuros(quotient.referenceIncomeCents),
                  shares: formatTaxShares(quotient.taxShareHundredths),
                })}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{t("household.audit")}</h2>
        {audit.entries.length === 0 ? (
          <p className="rounded-lg bg-white p-4 text-slate-700 shadow-sm">
            {t("household.noAudit")}
          </p>
        ) : (
          <AuditList entries={audit.entries} />
        )}
        <Pagination
          path={`/admin/households/${household.id}`}
          params={{}}
          page={audit.page}
          hasNextPage={audit.hasNextPage}
          pageParam="journal"
        />
      </section>
    </div>
  );
}
