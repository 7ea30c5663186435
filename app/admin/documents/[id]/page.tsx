import { getTranslations } from "next-intl/server";

import { formatEuros } from "@/lib/staff/format";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { getDocumentForReview } from "@/lib/staff/review-items";
import { acceptDocumentAction, acceptTaxNoticeAction, rejectDocumentAction } from "../../actions";
import { DecisionPanel } from "../../_components/decision-panel";
import {
  AlreadyDecided,
  DocumentLine,
  Facts,
  HouseholdContext,
  ReviewPage,
  Section,
} from "../../_components/review-parts";
import { TaxNoticeForm } from "../../_components/tax-notice-form";

export default async function DocumentReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaffPage(`/admin/documents/${id}`);
  const { document, taxNotice } = await orNotFound(getDocumentForReview(actor, id));
  const t = await getTranslations("admin");

  const { dependant } = document;
  const concerned = dependant
    ? `${dependant.firstName} ${dependant.lastName} (${t(`relations.${dependant.relation}`)})`
    : document.member
      ? `${document.member.firstName} ${document.member.lastName}`
      : t("review.document.wholeHousehold");
  const isPending = document.status === "PENDING";

  return (
    <ReviewPage
      title={t("review.document.title", {
        type: t(`documentTypes.${document.type}`),
        year: document.year,
      })}
      status={document.status}
    >
      <Section title={t("review.document.file")}>
        <Facts items={[{ label: t("review.document.concerns"), value: concerned }]} />
        <DocumentLine document={document} />
      </Section>

      <HouseholdContext household={document.household} />

      <Section title={t("review.decisionTitle")}>
        {!isPending && (
          <AlreadyDecided status={document.status} reason={document.rejectionReason} />
        )}
        {isPending && taxNotice && (
          <>
            {taxNotice.current && (
              <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
                {t("review.taxNotice.replaces", {
                  year: document.year,
                  quotient: formatEuros(taxNotice.current.quotientCents),
                  bracket: taxNotice.current.bracket.label,
                })}
              </p>
            )}
            <TaxNoticeForm
              id={document.id}
              year={document.year}
              brackets={taxNotice.brackets}
              accept={acceptTaxNoticeAction}
            />
            <DecisionPanel id={document.id} reject={rejectDocumentAction} />
          </>
        )}
        {isPending && !taxNotice && (
          <DecisionPanel
            id={document.id}
            approveLabel={t("review.document.approve")}
            approvingLabel={t("review.document.approving")}
            approve={acceptDocumentAction}
            reject={rejectDocumentAction}
          />
        )}
      </Section>
    </ReviewPage>
  );
}
