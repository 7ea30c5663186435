"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";

import { submitBooking } from "@/app/catalogue/[slug]/book/actions";
import { useActionStatus } from "@/components/account/use-action-status";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useValidationMessage } from "@/components/forms/use-server-errors";
import { ParticipantChoice, type BookablePerson } from "@/components/booking/participant-choice";
import { QuoteSummary } from "@/components/booking/quote-summary";
import { useQuotePreview } from "@/components/booking/use-quote-preview";
import { bookingRequestSchema, type BookingRequest } from "@/lib/booking/schemas";

/**
 * Lets a member pick the people of their household who take part, shows the
 * price split and what will happen as the choice changes, and sends the
 * booking. The button stays disabled from the click until the next page
 * opens, so a double click sends one request.
 */
export function BookingForm({
  sessionId,
  people,
}: {
  sessionId: string;
  people: BookablePerson[];
}) {
  const t = useTranslations("booking.book");
  const router = useRouter();
  const validationMessage = useValidationMessage();
  const form = useForm<BookingRequest>({
    resolver: zodResolver(bookingRequestSchema),
    defaultValues: { sessionId, participantIds: [] },
  });
  const { status, setStatus, run } = useActionStatus(form.setError);
  const [leaving, setLeaving] = useState(false);
  const selected = useWatch({ control: form.control, name: "participantIds" });
  const { preview, request: requestQuote } = useQuotePreview(sessionId);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const created: { id?: string } = {};
    const message = await run(
      () =>
        submitBooking({
          ...values,
          expectedMemberShareCents: preview.quote?.totals.memberShareCents,
        }),
      (booking) => {
        created.id = booking.id;
        return t("pending");
      },
    );
    if (message && created.id) {
      setLeaving(true);
      router.push(`/account/bookings/${created.id}?created=1`);
      return;
    }
    // The engine names every refusal in one message. Pricing the choice
    // again puts each person's reasons next to their box, and the refresh
    // updates the places left and who may still be picked.
    void requestQuote(values.participantIds);
    router.refresh();
  });

  function toggle(personId: string, checked: boolean) {
    const next = checked
      ? [...selected, personId]
      : selected.filter((selectedId) => selectedId !== personId);
    setStatus(null);
    form.clearErrors();
    form.setValue("participantIds", next, { shouldValidate: form.formState.isSubmitted });
    void requestQuote(next);
  }

  const groupError = validationMessage(errors.participantIds?.message);
  // A choice of more people than the capacity gets no outcome label:
  // the summary explains it can never be confirmed.
  const tooMany = preview.quote ? preview.quote.lines.length > preview.quote.capacity : false;
  const outcome = tooMany ? undefined : preview.quote?.outcome;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {status?.kind === "error" && <FormAlert kind="error" message={status.message} />}
      <ParticipantChoice
        people={people}
        selected={selected}
        onToggle={toggle}
        groupError={groupError ?? validationMessage(errors.sessionId?.message)}
        quoteRefusals={preview.refusalsByPerson}
      />
      <QuoteSummary preview={preview} />
      <SubmitButton
        pending={isSubmitting || leaving || preview.loading}
        label={outcome ? t(`submit.${outcome}`) : t("submitDefault")}
        pendingLabel={isSubmitting || leaving ? t("pending") : undefined}
      />
    </form>
  );
}
