import { getTranslations } from "next-intl/server";

const STYLES: Record<string, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  VALIDATED: "bg-green-100 text-green-900",
  ACCEPTED: "bg-green-100 text-green-900",
  ACTIVE: "bg-green-100 text-green-900",
  REJECTED: "bg-red-100 text-red-900",
  CANCELLED: "bg-slate-200 text-slate-800",
};

/** Renders a review status as a coloured label. The colour only repeats the text. */
export async function StatusBadge({ status }: { status: string }) {
  const t = await getTranslations("admin.status");
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STYLES[status] ?? ""}`}
    >
      {t(status)}
    </span>
  );
}
