"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** Back-office tabs; on a phone they scroll sideways instead of wrapping. */
export function AdminNav({
  label,
  links,
}: {
  label: string;
  links: { href: string; label: string }[];
}) {
  const pathname = usePathname();
  const isCurrent = (href: string) =>
    href === "/admin"
      ? pathname === "/admin" ||
        /^\/admin\/(memberships|dependants|documents|bookings)\//.test(pathname)
      : pathname.startsWith(href) ||
        (href === "/admin/members" && pathname.startsWith("/admin/households")) ||
        (href === "/admin/offers" && pathname.startsWith("/admin/sessions")) ||
        (href === "/admin/payments" && /^\/admin\/(refunds|cash-desk)/.test(pathname));

  return (
    <nav aria-label={label} className="-mx-4 overflow-x-auto border-b border-slate-200 px-4">
      <ul className="flex gap-1 whitespace-nowrap text-sm font-medium">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={isCurrent(link.href) ? "page" : undefined}
              className="inline-block border-b-2 border-transparent px-3 py-3 text-slate-700 hover:text-brand-700 aria-[current=page]:border-brand-600 aria-[current=page]:text-brand-700"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
