import { getTranslations } from "next-intl/server";

import { db } from "@/lib/db";

/**
 * Lists the offer's cancellation scale: how much of the price is kept when
 * cancelling close to the first day. Renders nothing for an offer without one.
 */
export async function CancellationScale({ offerId }: { offerId: string }) {
  const tiers = await db.cancellationTier.findMany({
    where: { offerId },
    orderBy: { daysBefore: "desc" },
  });
  if (tiers.length === 0) return null;
  const t = await getTranslations("booking.detail");

  return (
    <div className="space-y-1 text-sm">
      <h3 className="font-semibold">{t("cancellationScale")}</h3>
      <ul className="list-disc pl-5">
        {tiers.map((tier) => (
          <li key={tier.daysBefore}>
            {t("cancellationTier", { days: tier.daysBefore, percent: tier.retainedPercent })}
          </li>
        ))}
      </ul>
      <p className="text-slate-600">{t("cancellationScaleNote")}</p>
    </div>
  );
}
