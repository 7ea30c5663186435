type Tone = "pending" | "success" | "danger" | "neutral";

const TONES: Record<Tone, string> = {
  pending: "border-amber-300 bg-amber-50 text-amber-900",
  success: "border-green-300 bg-green-50 text-green-900",
  danger: "border-red-300 bg-red-50 text-red-900",
  neutral: "border-slate-300 bg-slate-50 text-slate-800",
};

/** Returns the badge colour of a review status: PENDING, VALIDATED/ACCEPTED/ACTIVE or REJECTED. */
export function statusTone(status: string): Tone {
  if (status === "PENDING") return "pending";
  if (status === "VALIDATED" || status === "ACCEPTED" || status === "ACTIVE") return "success";
  if (status === "REJECTED") return "danger";
  return "neutral";
}

/** Shows a status as text in a coloured pill. The text alone carries the meaning. */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-semibold ${TONES[statusTone(status)]}`}
    >
      {label}
    </span>
  );
}
