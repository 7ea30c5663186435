"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { chooseMyOfficePayment } from "@/app/account/payments/actions";

/** Renders the button that turns the short online hold into the longer office hold. */
export function OfficePaymentButton({ bookingId }: { bookingId: string }) {
  const t = useTranslations("instalments.office");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function choose() {
    startTransition(async () => {
      setError(undefined);
      try {
        const result = await chooseMyOfficePayment(bookingId);
        if (!result.ok) {
          setError(result.message);
          return;
        }
        router.refresh();
      } catch {
        setError(tErrors("unexpected"));
      }
    });
  }

  return (
    <div className="space-y-2">
      {error && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800"
        >
          {error}
        </p>
      )}
      <button
        type="button"
        onClick={choose}
        disabled={pending}
        aria-busy={pending}
        className="rounded border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100 disabled:cursor-wait disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </div>
  );
}
