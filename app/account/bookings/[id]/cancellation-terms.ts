import { getTranslations } from "next-intl/server";

import { formatEuros } from "@/lib/catalogue/format";
import type { MemberPaymentView } from "@/lib/payments/member-payment-view";

/**
 * Returns the sentence telling the member what cancelling today keeps and
 * refunds, or that nothing is kept or refunded when nothing was paid.
 */
export async function cancellationTermsSentence(view: MemberPaymentView) {
  const t = await getTranslations("cancellationRefunds.confirm");
  const { feeCents, refundCents } = view.cancellationTerms;
  const values = {
    fee: formatEuros(feeCents),
    refund: formatEuros(refundCents),
    paid: formatEuros(view.netPaidCents),
  };
  if (view.netPaidCents <= 0) return t("nothingPaid");
  if (refundCents === 0) return t("feeOnly", values);
  if (feeCents === 0) return t("refundOnly", values);
  return t("feeAndRefund", values);
}
