"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type NavItem = { href: string; label: string };

/**
 * Renders the member space's sub-navigation as tabs that wrap onto a second
 * line on a narrow screen, so every tab stays visible, with the current page
 * marked for screen readers.
 */
export function AccountNav({ label, items }: { label: string; items: NavItem[] }) {
  const pathname = usePathname();

  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-1 border-b border-slate-200">
        {items.map((item) => {
          const current =
            item.href === "/account" ? pathname === item.href : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className="-mb-px inline-flex min-h-11 items-center whitespace-nowrap border-b-2 border-transparent px-3 text-sm font-medium text-slate-700 hover:text-brand-700 aria-[current=page]:border-brand-600 aria-[current=page]:text-brand-700"
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
