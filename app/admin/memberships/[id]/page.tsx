import { getTranslations } from "next-intl/server";

import { formatCalendarDateFr } from "@/lib/dates";
import { formatDateTimeParis } from "@/lib/staff/format";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { getMembershipForReview } from "@/lib/staff/review-items";
import { rejectMembershipAction, validateMembershipAction } from "../../actions";
import { DecisionPanel } from "../../_components/decision-panel";
import {
  AlreadyDecided,
  BackToInbox,
  DocumentLine,
  Facts,
  formatAddress,
  HouseholdContext,
  Section,
} from "../../_components/review-parts";
import { StatusBadge } from "../../_components/status-badge";

export default async function MembershipReviewPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const actor = await requireStaffPage(`/admin/memberships/${id}`);
  const { membership, proofs } = await orNotFound(getMembershipForReview(actor, id));
  const t = await getTranslations("admin");
  const { member } = membership;

  return (
    <div className="space-y-5">
      <BackToInbox />
      <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold">
        {t("review.membership.title", { year: membership.year })}
        <StatusBadge status={membership.status} />
      </h1>

      <Section title={t("review.membership.identity")}>
        <Facts
          items={[
            { label: t("review.fields.name"), value: `${member.firstName} ${member.lastName}` },
            { label: t("review.fields.employeeNumber"), value: member.employeeNumber },
            { label: t("review.fields.employer"), value: member.employer },
            { label: t("review.fields.memberStatus"), value: t(`memberStatus.${member.status}`) },
            { label: t("review.fields.birthDate"), value: formatCalendarDateFr(member.birthDate) },
            { label: t("review.fields.email"), value: member.user.email },
            { label: t("review.fields.phone"), value: member.phone ?? "—" },
            { label: t("review.fields.address"), value: formatAddress(member.household) },
            {
              label: t("review.fields.requestedOn"),
              value: formatDateTimeParis(membership.createdAt),
            },
          ]}
        />
      </Section>

      <Section title={t("review.proofs")}>
        {proofs.length === 0 ? (
          <p className="text-slate-700">{t("review.noProof")}</p>
        ) : (
          <ul className="space-y-3">
            {proofs.map((proof) => (
              <li key={proof.id}>
                <DocumentLine document={proof} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <HouseholdContext household={member.household} />

      <Section title={t("review.decisionTitle")}>
        {membership.status === "PENDING" ? (
          <>
            <p className="text-sm text-slate-700">{t("review.proofsNote")}</p>
            <DecisionPanel
              id={membership.id}
              approveLabel={t("review.membership.approve")}
              approvingLabel={t("review.membership.approving")}
              approve={validateMembershipAction}
              reject={rejectMembershipAction}
            />
          </>
        ) : (
          <AlreadyDecided status={membership.status} reason={membership.rejectionReason} />
        )}
      </Section>
    </div>
  );
}
