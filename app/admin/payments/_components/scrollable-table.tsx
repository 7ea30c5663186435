import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * Wraps a wide table in a box that scrolls sideways on a narrow screen,
 * with a hint saying so unless `hint` is false (a table narrow enough for
 * a phone). The box takes keyboard focus so it can scroll without a
 * pointer, and carries the table's name for screen readers.
 */
export async function ScrollableTable({
  label,
  hint = true,
  children,
}: {
  label: string;
  hint?: boolean;
  children: ReactNode;
}) {
  const t = await getTranslations("adminPayments");
  return (
    <div className="space-y-1">
      {hint && (
        <p className="text-xs text-slate-600 md:hidden print:hidden" aria-hidden="true">
          {t("scrollHint")}
        </p>
      )}
      <div
        role="region"
        aria-label={label}
        tabIndex={0}
        className="overflow-x-auto rounded focus-visible:outline-2 focus-visible:outline-brand-700"
      >
        {children}
      </div>
    </div>
  );
}
