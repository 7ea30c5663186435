import { getTranslations } from "next-intl/server";

import { ageOn, formatCalendarDateFr, parseCalendarDate, todayInParis } from "@/lib/dates";
import { formatDateTimeParis } from "@/lib/staff/format";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { getDependantForReview } from "@/lib/staff/review-items";
import { rejectDependantAction, validateDependantAction } from "../../actions";
import { DecisionPanel } from "../../_components/decision-panel";
import {
  AlreadyDecided,
  BackToInbox,
  DocumentLine,
  Facts,
  HouseholdContext,
  Section,
} from "../../_components/review-parts";
import { StatusBadge } from "../../_components/status-badge";

export default async function DependantReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaffPage(`/admin/dependants/${id}`);
  const { dependant, proofs } = await orNotFound(getDependantForReview(actor, id));
  const t = await getTranslations("admin");
  const today = parseCalendarDate(todayInParis()) ?? new Date();
  const age = ageOn(dependant.birthDate, today);

  return (
    <div className="space-y-5">
      <BackToInbox />
      <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold">
        {t("review.dependant.title")}
        <StatusBadge status={dependant.status} />
      </h1>

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

      <HouseholdContext household={dependant.household} />

      <Section title={t("review.decisionTitle")}>
        {dependant.status === "PENDING" && !dependant.archivedAt ? (
          <>
            <p className="text-sm text-slate-700">{t("review.proofsNote")}</p>
            <DecisionPanel
              id={dependant.id}
              approveLabel={t("review.dependant.approve")}
              approvingLabel={t("review.dependant.approving")}
              approve={validateDependantAction}
              reject={rejectDependantAction}
            />
          </>
        ) : (
          <AlreadyDecided status={dependant.status} reason={dependant.rejectionReason} />
        )}
      </Section>
    </div>
  );
}
