/**
 * An error whose message is safe to show to the user. `code` is a key of
 * the `errors` namespace in messages/fr; `field` names the form field the
 * message belongs next to, when there is one.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly options: { field?: string; params?: Record<string, string | number> } = {},
  ) {
    super(code);
    this.name = "DomainError";
  }

  get field() {
    return this.options.field;
  }
}

/**
 * Error codes and what they mean. Records of another household, and records
 * that do not exist, both raise `not_found`, so ids cannot be probed.
 */
export type DomainErrorCode =
  | "not_found"
  | "forbidden"
  | "unauthenticated"
  | "invalid_input"
  | "email_taken"
  | "employee_number_taken"
  | "commune_unknown"
  | "postal_code_mismatch"
  | "rate_limited"
  | "invalid_credentials"
  | "reset_token_invalid"
  | "file_too_large"
  | "file_type_not_allowed"
  | "file_empty"
  | "file_extension_mismatch"
  | "already_reviewed"
  | "membership_inactive"
  | "quotient_invalid"
  | "reason_required"
  | "proof_required"
  | "spouse_already_declared"
  | "quotient_grid_missing"
  | "membership_not_rejected"
  | "bracket_grid_missing"
  | "booking_ineligible"
  | "booking_exceeds_capacity"
  | "booking_price_changed"
  | "session_edited_meanwhile"
  | "session_has_pending_requests"
  | "session_full"
  | "booking_already_decided"
  | "booking_not_cancellable"
  | "cancellation_deadline_passed"
  | "offer_expired"
  | "offer_not_pending"
  | "capacity_below_booked"
  | "payment_exceeds_balance"
  | "slug_taken"
  | "offer_price_missing"
  | "card_payment_unavailable"
  | "nothing_to_pay"
  | "instalments_unavailable"
  | "office_payment_unavailable"
  | "office_payment_already_chosen"
  | "booking_not_payable"
  | "cash_desk_not_open"
  | "cash_desk_already_open"
  | "closing_note_required"
  | "ancv_voucher_already_accepted"
  | "refund_already_issued"
  | "cash_desk_not_open_for_refund";

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
