"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";

import { payBookingByCard } from "./payment-actions";

/**
 * Renders the "Payer par carte" button. The server returns the Checkout
 * page's address, the same one for repeated clicks, and the browser goes
 * there.
 */
export function PayByCardButton({ bookingId }: { bookingId: string }) {
  const t = useTranslations("payments.block");
  const tErrors = useTranslations("errors");
  const [error, setError] = useState<string>();
  const [leaving, setLeaving] = useState(false);
  const [pending, startTransition] = useTransition();

  function pay() {
    startTransition(async () => {
      setError(undefined);
      try {
        const result = await payBookingByCard(bookingId);
        if (!result.ok) {
          setError(result.message);
          return;
        }
        setLeaving(true);
        window.location.assign(result.data.url);
      } catch {
        setError(tErrors("unexpected"));
      }
    });
  }

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={pay}
        disabled={pending || leaving}
        aria-describedby={error ? "card-payment-error" : undefined}
        className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60"
      >
        {pending || leaving ? t("redirecting") : t("payByCard")}
      </button>
      {error && (
        <p id="card-payment-error" role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

// Stops after about a minute: a webhook later than that shows on the next visit.
const MAX_REFRESHES = 20;

/** Reloads the page's data every 3 seconds while a card payment awaits its confirmation. */
export function ConfirmationRefresher() {
  const router = useRouter();
  useEffect(() => {
    let count = 0;
    const timer = setInterval(() => {
      count += 1;
      if (count > MAX_REFRESHES) clearInterval(timer);
      else router.refresh();
    }, 3_000);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
