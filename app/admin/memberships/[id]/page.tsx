import { getTranslations } from "next-intl/server";

import { formatCalendarDateFr } from "@/lib/dates";
import { formatDateTimeParis } from "@/lib/staff/format";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { getMembershipForReview } from "@/lib/staff/review-items";
import { rejectMembershipAction, validateMembershipAction } from "../../actions";
import { DecisionPanel } from "../../_components/decision-panel";
import {
  Facts,
  formatAddress,
  HouseholdContext,
  ProofDecisionSection,
  ProofsSection,
  ReviewPage,
  Section,
} from "../../_components/review-parts";

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
    <ReviewPage
      title={t("review.membership.title", { year: membership.year })}
      status={membership.status}
    >
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

      <ProofsSection proofs={proofs} />

      <HouseholdContext household={member.household} />

      <ProofDecisionSection
        pending={membership.status === "PENDING"}
        status={membership.status}
        rejectionReason={membership.rejectionReason}
      >
        <DecisionPanel
          id={membership.id}
          approveLabel={t("review.membership.approve")}
          approvingLabel={t("review.membership.approving")}
          approve={validateMembershipAction}
          reject={rejectMembershipAction}
        />
      </ProofDecisionSection>
    </ReviewPage>
  );
}
