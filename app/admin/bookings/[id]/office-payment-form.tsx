"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  useFieldArray,
  useForm,
  useWatch,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from "react-hook-form";

import { useActionStatus } from "@/components/account/use-action-status";
import { Field, inputClassName, TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useValidationMessage } from "@/components/forms/use-server-errors";
import {
  ANCV_FACE_VALUES_CENTS,
  MAX_TENDERS,
  MAX_VOUCHERS,
  OFFICE_TENDERS,
  officePaymentsSchema,
  parsePaymentAmountCents,
  type OfficePaymentsFields,
  type OfficeTenderFields,
} from "@/lib/payments/office/schemas";
import { recordOfficePaymentsAction } from "../../payments/actions";

const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const formatEuros = (cents: number) => euros.format(cents / 100);

function emptyTender(tender: OfficeTenderFields["tender"]): OfficeTenderFields {
  return {
    tender,
    amount: "",
    chequeBank: "",
    chequeNumber: "",
    chequeHolder: "",
    transferReference: "",
    // Every tender starts with one empty voucher row, so switching it to
    // ANCV shows a voucher to fill in. Other tenders ignore their vouchers.
    vouchers: [{ serialNumber: "", faceValueCents: "" }],
  };
}

function tenderCents(tender: OfficeTenderFields) {
  if (tender.tender === "ANCV") {
    return tender.vouchers.reduce((sum, voucher) => sum + (Number(voucher.faceValueCents) || 0), 0);
  }
  return parsePaymentAmountCents(tender.amount) ?? 0;
}

/**
 * Takes one or several tenders for a booking in one submit. The server
 * records them in one transaction, so a rejected tender (a voucher accepted
 * before, a total above the balance) leaves nothing recorded.
 */
export function OfficePaymentForm({
  bookingId,
  balanceCents,
  hasOpenDesk,
}: {
  bookingId: string;
  balanceCents: number;
  hasOpenDesk: boolean;
}) {
  const t = useTranslations("adminPayments.form");
  const tTenders = useTranslations("adminPayments.tenders");
  const router = useRouter();
  const form = useForm<OfficePaymentsFields>({
    resolver: zodResolver(officePaymentsSchema),
    defaultValues: { bookingId, tenders: [emptyTender(hasOpenDesk ? "CHEQUE" : "TRANSFER")] },
  });
  const tenders = useFieldArray({ control: form.control, name: "tenders" });
  const watched = useWatch({ control: form.control, name: "tenders" });
  const { status, run } = useActionStatus(form.setError);
  const validationMessage = useValidationMessage({ max: MAX_TENDERS });
  const { errors, isSubmitting } = form.formState;
  const totalCents = (watched ?? []).reduce((sum, tender) => sum + tenderCents(tender), 0);

  const onSubmit = form.handleSubmit(async (input) => {
    const done = await run(
      () => recordOfficePaymentsAction(input),
      (data) => t("recorded", { count: data.payments.length }),
    );
    if (done) {
      form.reset({ bookingId, tenders: [emptyTender(hasOpenDesk ? "CHEQUE" : "TRANSFER")] });
      router.refresh();
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <h3 className="font-semibold">{t("title")}</h3>
      {/* A rule that failed on the tenders (desk closed, total above the balance) shows above them. */}
      <FormAlert
        kind={status?.kind ?? "error"}
        message={status?.fields?.includes("tenders") ? undefined : status?.message}
      />
      {!hasOpenDesk && (
        <p className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm">
          {t("noDesk")}{" "}
          <Link href="/admin/cash-desk" className="text-brand-700 underline">
            {t("openDesk")}
          </Link>
        </p>
      )}
      {validationMessage(errors.tenders?.message ?? errors.tenders?.root?.message) && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {validationMessage(errors.tenders?.message ?? errors.tenders?.root?.message)}
        </p>
      )}
      <ol className="space-y-3">
        {tenders.fields.map((field, index) => (
          <li key={field.id} className="space-y-3 rounded border border-slate-200 p-3">
            <div className="flex flex-wrap items-end justify-between gap-3">
              <div className="min-w-0 flex-1 basis-48">
                <Field label={t("tender", { position: index + 1 })}>
                  {(aria) => (
                    <select
                      {...aria}
                      {...form.register(`tenders.${index}.tender`)}
                      className={inputClassName}
                    >
                      {OFFICE_TENDERS.map((tender) => (
                        <option key={tender} value={tender}>
                          {tTenders(tender)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </div>
              {tenders.fields.length > 1 && (
                <button
                  type="button"
                  onClick={() => tenders.remove(index)}
                  className="rounded border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100"
                >
                  {t("removeTender", { position: index + 1 })}
                </button>
              )}
            </div>
            <TenderFields
              index={index}
              tender={watched?.[index]?.tender ?? field.tender}
              control={form.control}
              register={form.register}
              errors={errors}
            />
          </li>
        ))}
      </ol>
      {tenders.fields.length < MAX_TENDERS && (
        <button
          type="button"
          onClick={() => tenders.append(emptyTender("CASH"))}
          className="rounded border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100"
        >
          {t("addTender")}
        </button>
      )}
      <p
        aria-live="polite"
        className={`font-medium ${totalCents > balanceCents ? "text-red-700" : "text-slate-800"}`}
      >
        {t("total", { total: formatEuros(totalCents), balance: formatEuros(balanceCents) })}
      </p>
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("saving")} />
    </form>
  );
}

function TenderFields({
  index,
  tender,
  control,
  register,
  errors,
}: {
  index: number;
  tender: OfficeTenderFields["tender"];
  control: Control<OfficePaymentsFields>;
  register: UseFormRegister<OfficePaymentsFields>;
  errors: FieldErrors<OfficePaymentsFields>;
}) {
  const t = useTranslations("adminPayments.form");
  const validationMessage = useValidationMessage({ max: 140 });
  const fieldErrors = errors.tenders?.[index];
  if (tender === "ANCV") {
    return <VoucherFields index={index} control={control} register={register} errors={errors} />;
  }
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField
        label={t("amount")}
        hint={t("amountHint")}
        inputMode="decimal"
        error={validationMessage(fieldErrors?.amount?.message)}
        {...register(`tenders.${index}.amount`)}
      />
      {tender === "CHEQUE" && (
        <>
          <TextField
            label={t("chequeBank")}
            maxLength={100}
            error={validationMessage(fieldErrors?.chequeBank?.message)}
            {...register(`tenders.${index}.chequeBank`)}
          />
          <TextField
            label={t("chequeNumber")}
            maxLength={30}
            error={validationMessage(fieldErrors?.chequeNumber?.message)}
            {...register(`tenders.${index}.chequeNumber`)}
          />
          <TextField
            label={t("chequeHolder")}
            maxLength={200}
            error={validationMessage(fieldErrors?.chequeHolder?.message)}
            {...register(`tenders.${index}.chequeHolder`)}
          />
        </>
      )}
      {tender === "TRANSFER" && (
        <TextField
          label={t("transferReference")}
          maxLength={140}
          error={validationMessage(fieldErrors?.transferReference?.message)}
          {...register(`tenders.${index}.transferReference`)}
        />
      )}
    </div>
  );
}

function VoucherFields({
  index,
  control,
  register,
  errors,
}: {
  index: number;
  control: Control<OfficePaymentsFields>;
  register: UseFormRegister<OfficePaymentsFields>;
  errors: FieldErrors<OfficePaymentsFields>;
}) {
  const t = useTranslations("adminPayments.form");
  const validationMessage = useValidationMessage({ max: MAX_VOUCHERS });
  const vouchers = useFieldArray({ control, name: `tenders.${index}.vouchers` });
  const watched = useWatch({ control, name: `tenders.${index}.vouchers` });
  const tenderErrors = errors.tenders?.[index];
  const subtotal = (watched ?? []).reduce(
    (sum, voucher) => sum + (Number(voucher.faceValueCents) || 0),
    0,
  );

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">
        {t("vouchers", { count: vouchers.fields.length, total: formatEuros(subtotal) })}
      </legend>
      {tenderErrors?.vouchers?.message && (
        <p className="text-sm font-medium text-red-700">
          {validationMessage(tenderErrors.vouchers.message)}
        </p>
      )}
      {vouchers.fields.map((field, voucherIndex) => {
        const voucherErrors = tenderErrors?.vouchers?.[voucherIndex];
        return (
          <div key={field.id} className="grid items-end gap-3 sm:grid-cols-[1fr_10rem_auto]">
            <TextField
              label={t("serialNumber", { position: voucherIndex + 1 })}
              maxLength={40}
              autoComplete="off"
              error={validationMessage(voucherErrors?.serialNumber?.message)}
              {...register(`tenders.${index}.vouchers.${voucherIndex}.serialNumber`)}
            />
            <Field
              label={t("faceValue", { position: voucherIndex + 1 })}
              error={validationMessage(voucherErrors?.faceValueCents?.message)}
            >
              {(aria) => (
                <select
                  {...aria}
                  {...register(`tenders.${index}.vouchers.${voucherIndex}.faceValueCents`)}
                  className={inputClassName}
                >
                  <option value="">{t("chooseFaceValue")}</option>
                  {ANCV_FACE_VALUES_CENTS.map((cents) => (
                    <option key={cents} value={String(cents)}>
                      {formatEuros(cents)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {vouchers.fields.length > 1 ? (
              <button
                type="button"
                onClick={() => vouchers.remove(voucherIndex)}
                className="rounded border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100"
              >
                {t("removeVoucher", { position: voucherIndex + 1 })}
              </button>
            ) : (
              <span />
            )}
          </div>
        );
      })}
      {vouchers.fields.length < MAX_VOUCHERS && (
        <button
          type="button"
          onClick={() => vouchers.append({ serialNumber: "", faceValueCents: "" })}
          className="rounded border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100"
        >
          {t("addVoucher")}
        </button>
      )}
    </fieldset>
  );
}
