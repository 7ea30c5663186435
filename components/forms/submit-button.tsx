"use client";

/** Renders a submit button that is disabled while the form is sending, so a double click sends once. */
export function SubmitButton({
  pending,
  label,
  pendingLabel,
  variant = "primary",
}: {
  pending: boolean;
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "danger" | "secondary";
}) {
  const styles = {
    primary: "bg-brand-600 text-white hover:bg-brand-700",
    danger: "bg-red-700 text-white hover:bg-red-800",
    secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending}
      className={`rounded px-4 py-2 font-medium disabled:cursor-wait disabled:opacity-60 ${styles}`}
    >
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}
