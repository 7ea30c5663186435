import { getTranslations } from "next-intl/server";

import { formatParisInstant, formatShortCalendarDate } from "@/components/booking/format";
import { formatEuros } from "@/lib/catalogue/format";
import { parseCalendarDate } from "@/lib/dates";
import { paymentChoiceSections, type MemberPaymentView } from "@/lib/payments/member-payment-view";
import { associationIdentity } from "@/lib/payments/receipts/association";

import { InstalmentChoiceForm } from "./instalment-choice-form";
import { OfficePaymentButton } from "./office-payment-button";

// "2, 3 ou 4": the member picks one of the counts.
const COUNT_LIST = new Intl.ListFormat("fr-FR", { type: "disjunction" });

/**
 * Renders the member's ways to pay a CONFIRMED booking: the instalments
 * chosen or the plans still open, and paying at the office with how to do
 * it. The instalment heading shows only when plans can be chosen or were,
 * and nothing renders when neither part has anything to offer.
 */
export async function PaymentChoices({
  bookingId,
  view,
}: {
  bookingId: string;
  view: MemberPaymentView;
}) {
  if (view.status !== "CONFIRMED") return null;
  const sections = paymentChoiceSections(view);
  if (!sections.instalments && !sections.office) return null;
  const t = await getTranslations("instalments");
  const association = associationIdentity();
  const address = association.address.join(", ");
  // With instalments, paying the next one at the office is enough for now.
  const nextOwed = view.schedule.find((line) => line.owedCents > 0);
  const officeAmountCents = nextOwed ? nextOwed.owedCents : view.balanceCents;
  const plans = view.instalmentPlans.map((plan) => ({
    count: plan.count,
    lines: plan.schedule.map((line) => ({
      position: line.position,
      amount: formatEuros(line.amountCents),
      date: formatShortCalendarDate(parseCalendarDate(line.dueDate)!),
    })),
  }));

  return (
    <section
      aria-labelledby="payment-choices-title"
      className="space-y-4 rounded-lg bg-white p-5 shadow-sm"
    >
      <h2 id="payment-choices-title" className="text-lg font-semibold">
        {t(`${sections.instalments ?? "office"}.title`)}
      </h2>

      {view.schedule.length > 0 && (
        <ul className="space-y-1 text-sm">
          {view.schedule.map((line) => (
            <li key={line.position}>
              {t("schedule.line", {
                position: line.position,
                amount: formatEuros(line.amountCents),
                date: formatShortCalendarDate(line.dueDate),
              })}
              {" · "}
              {line.owedCents === 0 ? (
                <span className="font-medium text-green-800">{t("schedule.paid")}</span>
              ) : (
                <span className={line.overdue ? "font-medium text-red-800" : "text-slate-700"}>
                  {t("schedule.owed", { amount: formatEuros(line.owedCents) })}
                  {line.overdue && ` (${t("schedule.overdue")})`}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}

      {plans.length > 0 && (
        <div className="space-y-3">
          <p className="text-sm">
            {t("choice.intro", {
              amount: formatEuros(view.memberShareCents),
              counts: COUNT_LIST.format(plans.map((plan) => String(plan.count))),
            })}
          </p>
          <InstalmentChoiceForm bookingId={bookingId} plans={plans} />
        </div>
      )}

      {sections.office && (
        <div
          className={
            sections.instalments ? "space-y-2 border-t border-slate-200 pt-4" : "space-y-2"
          }
        >
          {sections.instalments && <h3 className="font-semibold">{t("office.title")}</h3>}
          {view.officeChosen ? (
            <>
              {view.holdExpiresAt && (
                <p role="status" className="text-sm">
                  {t("office.chosen", { deadline: formatParisInstant(view.holdExpiresAt) })}
                </p>
              )}
              <p className="text-sm">
                {t("office.how", {
                  reference: view.reference,
                  amount: formatEuros(officeAmountCents),
                })}
              </p>
              <p className="text-sm">
                {association.iban
                  ? t("office.transferIban", { iban: association.iban, reference: view.reference })
                  : t("office.transferAsk", { reference: view.reference })}
              </p>
              {address && <p className="text-sm">{t("office.address", { address })}</p>}
            </>
          ) : (
            <>
              <p className="text-sm">{t("office.intro")}</p>
              <OfficePaymentButton bookingId={bookingId} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
