import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { formatParisInstant } from "@/components/booking/format";
import { requireAccountMember } from "@/lib/account/require-account-member";
import { formatEuros } from "@/lib/catalogue/format";
import { db } from "@/lib/db";
import { loadMemberPayments } from "@/lib/payments/member-payments";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("receipts.page");
  return { title: t("title") };
}

export default async function MyPaymentsPage() {
  const actor = await requireAccountMember();
  const { payments, years } = await loadMemberPayments(db, actor.householdId);
  const t = await getTranslations("receipts");

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("page.title")}</h1>
      <p className="text-slate-700">{t("page.intro")}</p>

      <section aria-labelledby="payments-title" className="space-y-3">
        <h2 id="payments-title" className="text-lg font-semibold">
          {t("page.paymentsTitle")}
        </h2>
        {payments.length === 0 ? (
          <p className="rounded-lg bg-white p-5 shadow-sm">{t("page.empty")}</p>
        ) : (
          <ul className="space-y-3">
            {payments.map((payment) => (
              <li key={payment.id} className="space-y-1 rounded-lg bg-white p-4 shadow-sm sm:p-5">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="text-lg font-semibold">{formatEuros(payment.amountCents)}</p>
                  <p className="text-sm text-slate-700">
                    {t(`tender.${payment.tender}`)}
                    {" · "}
                    {t("page.receivedOn", { date: formatParisInstant(payment.receivedAt!) })}
                  </p>
                </div>
                <p className="text-sm">
                  <Link
                    href={`/account/bookings/${payment.booking.id}`}
                    className="text-brand-700 underline"
                  >
                    {t("page.booking", {
                      reference: payment.booking.reference,
                      offer: payment.booking.session.offer.title,
                    })}
                  </Link>
                </p>
                {payment.refunds.issuedCents > 0 && (
                  <p className="text-sm text-slate-700">
                    {t("page.refunded", { amount: formatEuros(payment.refunds.issuedCents) })}
                  </p>
                )}
                {payment.refunds.inProgressCents > 0 && (
                  <p className="text-sm text-slate-700">
                    {t("page.refundInProgress", {
                      amount: formatEuros(payment.refunds.inProgressCents),
                    })}
                  </p>
                )}
                <p className="text-sm">
                  <a
                    href={`/account/payments/${payment.id}/receipt`}
                    className="font-medium text-brand-700 underline"
                  >
                    {t("page.receiptLink", { number: payment.receiptNumber ?? "" })}
                  </a>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section
        aria-labelledby="attestations-title"
        className="space-y-3 rounded-lg bg-white p-5 shadow-sm"
      >
        <h2 id="attestations-title" className="text-lg font-semibold">
          {t("page.attestationsTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("page.attestationsIntro")}</p>
        {years.length === 0 ? (
          <p className="text-sm">{t("page.noAttestation")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {years.map((year) => (
              <li key={year}>
                <a
                  href={`/account/attestations/${year}`}
                  className="font-medium text-brand-700 underline"
                >
                  {t("page.attestationLink", { year })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
