"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { setOfferStatusAction } from "@/app/admin/offers/actions";
import { FormAlert } from "@/components/forms/form-alert";
import type { OfferStatus } from "@/lib/generated/prisma/enums";

const TARGETS: Record<
  OfferStatus,
  { status: OfferStatus; label: "publish" | "archive" | "unpublish" }[]
> = {
  DRAFT: [
    { status: "PUBLISHED", label: "publish" },
    { status: "ARCHIVED", label: "archive" },
  ],
  PUBLISHED: [
    { status: "DRAFT", label: "unpublish" },
    { status: "ARCHIVED", label: "archive" },
  ],
  ARCHIVED: [{ status: "DRAFT", label: "unpublish" }],
};

/** Renders the buttons that move an offer between draft, published and archived. */
export function OfferStatusButtons({ offerId, status }: { offerId: string; status: OfferStatus }) {
  const t = useTranslations("adminOffers.offer");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  function change(target: OfferStatus) {
    startTransition(async () => {
      setMessage(null);
      try {
        const result = await setOfferStatusAction(offerId, { status: target });
        setMessage(
          result.ok
            ? { kind: "success", text: t("statusSaved") }
            : { kind: "error", text: result.message },
        );
        if (result.ok) router.refresh();
      } catch {
        setMessage({ kind: "error", text: tErrors("unexpected") });
      }
    });
  }

  return (
    <div className="space-y-2">
      <FormAlert kind={message?.kind ?? "error"} message={message?.text} />
      <div className="flex flex-wrap gap-2">
        {TARGETS[status].map((target) => (
          <button
            key={target.status}
            type="button"
            disabled={pending}
            onClick={() => change(target.status)}
            className={
              target.status === "PUBLISHED"
                ? "rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
                : "rounded border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60"
            }
          >
            {t(target.label)}
          </button>
        ))}
      </div>
    </div>
  );
}
