import type { ReactNode } from "react";

/** Renders a titled group of fields. The legend names the group for screen readers. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <fieldset>
        <legend className="text-lg font-semibold">{title}</legend>
        <div className="mt-4 space-y-4">{children}</div>
      </fieldset>
    </div>
  );
}
