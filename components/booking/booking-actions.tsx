"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import {
  acceptOfferedPlace,
  cancelMyBooking,
  declineOfferedPlace,
} from "@/app/account/bookings/actions";
import type { ActionResult } from "@/lib/actions/result";

export type BookingActionsProps = {
  bookingId: string;
  reference: string;
  /** Whether the booking is OFFERED, with a place to accept or decline. */
  offered: boolean;
  cancellable: boolean;
  /** Reason the booking can no longer be cancelled online, shown next to the disabled button. */
  cancelBlockedReason?: string;
  /** Sentence on the fee kept and the refund if cancelled now, shown before confirming. */
  cancelMoneyTerms?: string;
};

type Step = "idle" | "confirmCancel" | "confirmDecline";
type Done = "accepted" | "declined" | "cancelled";

/**
 * Renders the buttons to accept or decline an offered place, or to cancel
 * the booking. Declining and cancelling cannot be undone, so each requires
 * a second click. After an action the page reloads with the result in its
 * address.
 */
export function BookingActions(props: BookingActionsProps) {
  const { bookingId, reference, offered, cancellable, cancelBlockedReason, cancelMoneyTerms } =
    props;
  const t = useTranslations("booking.actions");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [step, setStep] = useState<Step>("idle");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function perform(call: () => Promise<ActionResult<unknown>>, done: Done) {
    startTransition(async () => {
      setError(undefined);
      try {
        const result = await call();
        if (!result.ok) {
          setError(result.message);
          return;
        }
        setStep("idle");
        router.replace(`/account/bookings/${bookingId}?done=${done}`);
      } catch {
        setError(tErrors("unexpected"));
      }
    });
  }

  const primary =
    "rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60";
  const secondary =
    "rounded border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60";
  const danger =
    "rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60";
  const dangerOutline =
    "rounded border border-red-300 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:cursor-not-allowed disabled:border-slate-300 disabled:text-slate-500";

  return (
    <div className="space-y-3">
      {error && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800"
        >
          {error}
        </p>
      )}

      {step === "idle" && (
        <div className="flex flex-wrap gap-2">
          {offered && (
            <>
              <button
                type="button"
                className={primary}
                disabled={pending}
                aria-busy={pending}
                onClick={() => perform(() => acceptOfferedPlace(bookingId), "accepted")}
              >
                {pending ? t("accepting") : t("accept")}
              </button>
              <button
                type="button"
                className={secondary}
                disabled={pending}
                onClick={() => setStep("confirmDecline")}
              >
                {t("decline")}
              </button>
            </>
          )}
          {!offered && (
            <button
              type="button"
              className={dangerOutline}
              disabled={!cancellable || pending}
              aria-describedby={cancelBlockedReason ? `cancel-blocked-${bookingId}` : undefined}
              onClick={() => setStep("confirmCancel")}
            >
              {t("cancel")}
            </button>
          )}
        </div>
      )}

      {step === "idle" && cancelBlockedReason && (
        <p id={`cancel-blocked-${bookingId}`} className="text-sm text-slate-700">
          {cancelBlockedReason}
        </p>
      )}

      {step === "confirmDecline" && (
        <Confirmation
          label={t("decline")}
          question={t("declineConfirm")}
          confirmLabel={pending ? t("declining") : t("declineConfirmButton")}
          backLabel={t("keepOffer")}
          pending={pending}
          className={danger}
          onConfirm={() => perform(() => declineOfferedPlace(bookingId), "declined")}
          onBack={() => setStep("idle")}
        />
      )}

      {step === "confirmCancel" && (
        <Confirmation
          label={t("cancel")}
          question={t("cancelConfirm", { reference })}
          detail={cancelMoneyTerms}
          confirmLabel={pending ? t("cancelling") : t("cancelConfirmButton")}
          backLabel={t("keep")}
          pending={pending}
          className={danger}
          onConfirm={() => perform(() => cancelMyBooking(bookingId), "cancelled")}
          onBack={() => setStep("idle")}
        />
      )}
    </div>
  );
}

function Confirmation(props: {
  label: string;
  question: string;
  detail?: string;
  confirmLabel: string;
  backLabel: string;
  pending: boolean;
  className: string;
  onConfirm: () => void;
  onBack: () => void;
}) {
  return (
    <div
      role="group"
      aria-label={props.label}
      className="space-y-3 rounded border border-red-200 bg-red-50 p-4 text-sm"
    >
      <p>{props.question}</p>
      {props.detail && <p className="font-medium">{props.detail}</p>}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          // The question appears in place of the first button: focus follows it.
          autoFocus
          onClick={props.onConfirm}
          disabled={props.pending}
          aria-busy={props.pending}
          className={props.className}
        >
          {props.confirmLabel}
        </button>
        <button
          type="button"
          onClick={props.onBack}
          disabled={props.pending}
          className="rounded border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
        >
          {props.backLabel}
        </button>
      </div>
    </div>
  );
}
