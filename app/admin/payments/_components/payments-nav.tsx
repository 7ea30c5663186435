import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Current = "payments" | "outstanding" | "refunds" | "cashDesk";

/** Renders links between the money pages. Staff who may not view payments get the cash desk only. */
export async function PaymentsNav({ current, canView }: { current: Current; canView: boolean }) {
  const t = await getTranslations("adminPayments.nav");
  const links: { key: Current; href: string }[] = [
    ...(canView
      ? [
          { key: "payments" as const, href: "/admin/payments" },
          { key: "outstanding" as const, href: "/admin/payments/outstanding" },
          { key: "refunds" as const, href: "/admin/refunds" },
        ]
      : []),
    { key: "cashDesk", href: "/admin/cash-desk" },
  ];
  return (
    <nav aria-label={t("label")} className="print:hidden">
      <ul className="flex flex-wrap gap-2 text-sm">
        {links.map((link) => (
          <li key={link.key}>
            <Link
              href={link.href}
              aria-current={link.key === current ? "page" : undefined}
              className="inline-block rounded-full border border-slate-300 px-3 py-1 text-slate-700 hover:border-brand-600 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
            >
              {t(link.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Returns `value` when it is a calendar day "YYYY-MM-DD", else null. */
export function calendarDayParam(value: string | string[] | undefined) {
  return typeof value === "string" &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
    ? value
    : null;
}
