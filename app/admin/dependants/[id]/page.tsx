import { getTranslations } from "next-intl/server";

import { ageOn, formatCalendarDateFr, parseCalendarDate, todayInParis } from "@/lib/dates";
import { formatDateTimeParis } from "@/lib/staff/format";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { getDependantForReview } from "@/lib/staff/review-items";
import { rejectDependantAction, validateDependantAction } from "../../actions";
import { DecisionPanel } from "../../_components/decision-panel";
import {
  Facts,
  HouseholdContext,
  ProofDecisionSection,
  ProofsSection,
  ReviewPage,
  Section,
} from "../../_components/review-parts";

export default async function DependantReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaffPage(`/admin/dependants/${id}`);
  const { dependant, proofs } = await orNotFound(getDependantForReview(actor, id));
  const t = await getTranslations("admin");
  const today = parseCalendarDate(todayInParis()) ?? new Date();
  const age = ageOn(dependant.birthDate, today);

  return (
    <ReviewPage title={t("review.dependant.title")} status={dependant.status}>
      <Section title={`${dependant.firstName} ${dependant.lastName}`}>
        <Facts
          items={[
            { label: t("review.fields.relation"), value: t(`relations.${dependant.relation}`) },
            {
              label: t("review.fields.birthDate"),
              value: `${formatCalendarDateFr(dependant.birthDate)} (${age} ans)`,
            },
            {
              label: t("review.fields.disability"),
              value: dependant.disability ? t("review.fields.yes") : t("review.fields.no"),
            },
            { label: t("review.fields.notes"), value: dependant.notes || "—" },
            {
              label: t("review.fields.requestedOn"),
              value: formatDateTimeParis(dependant.createdAt),
            },
          ]}
        />
      </Section>

      <ProofsSection proofs={proofs} />

      <HouseholdContext household={dependant.household} />

      <ProofDecisionSection
        pending={dependant.status === "PENDING" && !dependant.archivedAt}
        status={dependant.status}
        rejectionReason={dependant.rejectionReason}
      >
        <DecisionPanel
          id={dependant.id}
          approveLabel={t("review.dependant.approve")}
          approvingLabel={t("review.dependant.approving")}
          approve={validateDependantAction}
          reject={rejectDependantAction}
        />
      </ProofDecisionSection>
    </ReviewPage>
  );
}
