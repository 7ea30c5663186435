"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import {
  bookingCancellationSchema,
  bookingRefusalSchema,
  type BookingReasonInput,
} from "@/lib/staff/booking-schemas";
import {
  approveBookingAction,
  cancelBookingAction,
  moveToWaitingListAction,
  refuseBookingAction,
} from "../actions";
import { ReasonForm } from "../../_components/reason-form";

type Decide<T> = (input: T) => Promise<ActionResult<unknown>>;

const REFUSABLE: BookingStatus[] = ["PENDING", "WAITING", "OFFERED"];
const CANCELLABLE: BookingStatus[] = ["PENDING", "CONFIRMED", "WAITING", "OFFERED"];

/**
 * Renders the decisions open to staff for the booking's status. A decision
 * that loses a race (another staff member was faster, or the last places
 * went first) shows the booking engine's message in the form.
 */
export function BookingDecisions({ id, status }: { id: string; status: BookingStatus }) {
  const t = useTranslations("adminBookings.decisions");
  const router = useRouter();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState<"approve" | "waitlist">();

  const onDone = () => {
    setError(undefined);
    setNotice(t("saved"));
    router.refresh();
  };

  function run(kind: "approve" | "waitlist", action: Decide<{ id: string }>) {
    setRunning(kind);
    setNotice(undefined);
    startTransition(async () => {
      const result = await action({ id });
      if (result.ok) onDone();
      else setError(result.message);
    });
  }

  return (
    <div className="space-y-6">
      <FormAlert kind="success" message={notice} />
      {status === "PENDING" && (
        <div className="space-y-3">
          <FormAlert kind="error" message={error} />
          <p className="text-sm text-slate-700">{t("approveHint")}</p>
          <div className="flex flex-wrap gap-3">
            <form
              onSubmit={(event) => {
                event.preventDefault();
                run("approve", approveBookingAction);
              }}
            >
              <SubmitButton
                pending={pending && running === "approve"}
                label={t("approve")}
                pendingLabel={t("approving")}
              />
            </form>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                run("waitlist", moveToWaitingListAction);
              }}
            >
              <SubmitButton
                pending={pending && running === "waitlist"}
                label={t("waitlist")}
                pendingLabel={t("waitlisting")}
                variant="secondary"
              />
            </form>
          </div>
        </div>
      )}
      {REFUSABLE.includes(status) && (
        <BookingReasonForm
          id={id}
          kind="refuse"
          action={refuseBookingAction}
          onDone={onDone}
          schema={bookingRefusalSchema}
        />
      )}
      {CANCELLABLE.includes(status) && (
        <BookingReasonForm
          id={id}
          kind="cancel"
          action={cancelBookingAction}
          onDone={onDone}
          schema={bookingCancellationSchema}
        />
      )}
      {!CANCELLABLE.includes(status) && !notice && (
        <p role="status" className="rounded border border-slate-300 bg-slate-50 p-4">
          {t("closed")}
        </p>
      )}
    </div>
  );
}

function BookingReasonForm({
  id,
  kind,
  action,
  onDone,
  schema,
}: {
  id: string;
  kind: "refuse" | "cancel";
  action: Decide<BookingReasonInput>;
  onDone: () => void;
  schema: typeof bookingRefusalSchema | typeof bookingCancellationSchema;
}) {
  const t = useTranslations(`adminBookings.decisions.${kind}`);
  return (
    <ReasonForm
      id={id}
      schema={schema}
      action={action}
      onDone={onDone}
      labels={{
        title: t("title"),
        reason: t("reason"),
        hint: t("hint"),
        submit: t("submit"),
        submitting: t("submitting"),
        waiveFee: kind === "cancel" ? t("waiveFee") : undefined,
      }}
    />
  );
}
