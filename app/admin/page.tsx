import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { FormAlert } from "@/components/forms/form-alert";
import { StaffSector } from "@/lib/generated/prisma/enums";
import { daysSince, formatDateParis } from "@/lib/staff/format";
import { formatCalendarDateFr } from "@/lib/dates";
import { INBOX_AGES, listInbox, type InboxAge } from "@/lib/staff/inbox";
import type { InboxItem } from "@/lib/staff/inbox-items";
import { requireStaffPage } from "@/lib/staff/page-guard";
import { INBOX_KINDS, type InboxKind } from "@/lib/staff/sectors";
import { Pagination } from "./_components/pagination";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const ALL_SECTORS = Object.values(StaffSector) as StaffSector[];

function pick<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === "string" && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

const REVIEW_PATHS: Record<InboxKind, string> = {
  membership: "/admin/memberships",
  dependant: "/admin/dependants",
  document: "/admin/documents",
  booking: "/admin/bookings",
};

export default async function InboxPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireStaffPage("/admin");
  const params = await searchParams;
  const t = await getTranslations("admin");

  const seesAll = actor.role === "ADMIN" || actor.sectors.includes("DIRECTION");
  const sectorOptions = seesAll ? ALL_SECTORS : actor.sectors;
  const filters = {
    kind: pick<InboxKind>(params.kind, INBOX_KINDS),
    sector: pick<StaffSector>(params.sector, sectorOptions),
    age: pick<InboxAge>(params.age, INBOX_AGES),
    page: Number(params.page) || 1,
  };
  const inbox = await listInbox(actor, filters);
  const allCount = INBOX_KINDS.reduce((sum, kind) => sum + inbox.counts[kind], 0);
  const linkParams = { kind: filters.kind, sector: filters.sector, age: filters.age };

  const kindHref = (kind?: InboxKind) => {
    const query = new URLSearchParams();
    if (kind) query.set("kind", kind);
    if (filters.sector) query.set("sector", filters.sector);
    if (filters.age) query.set("age", filters.age);
    const search = query.toString();
    return search ? `/admin?${search}` : "/admin";
  };

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold">{t("inbox.title")}</h1>
        <p className="mt-1 text-slate-700">{t("inbox.intro")}</p>
      </div>
      {params.decision === "saved" && (
        <FormAlert kind="success" message={t("inbox.decisionSaved")} />
      )}

      <ul className="flex flex-wrap gap-2 text-sm" aria-label={t("inbox.kind")}>
        {[undefined, ...INBOX_KINDS].map((kind) => (
          <li key={kind ?? "all"}>
            <Link
              href={kindHref(kind)}
              aria-current={filters.kind === kind ? "page" : undefined}
              className="inline-flex items-center gap-2 rounded-full border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
            >
              {t(`kinds.${kind ?? "all"}`)}
              <span className="rounded-full bg-slate-200 px-2 text-xs font-semibold text-slate-800">
                {kind ? inbox.counts[kind] : allCount}
              </span>
            </Link>
          </li>
        ))}
      </ul>

      <form
        method="get"
        action="/admin"
        className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm"
        aria-label={t("inbox.filters")}
      >
        {filters.kind && <input type="hidden" name="kind" value={filters.kind} />}
        {sectorOptions.length > 1 && (
          <label className="text-sm font-medium text-slate-800">
            {t("inbox.sector")}
            <select
              name="sector"
              defaultValue={filters.sector ?? ""}
              className="mt-1 block rounded border border-slate-300 bg-white px-3 py-2 text-base"
            >
              <option value="">{t("inbox.allSectors")}</option>
              {sectorOptions.map((sector) => (
                <option key={sector} value={sector}>
                  {t(`sectors.${sector}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="text-sm font-medium text-slate-800">
          {t("inbox.age")}
          <select
            name="age"
            defaultValue={filters.age ?? ""}
            className="mt-1 block rounded border border-slate-300 bg-white px-3 py-2 text-base"
          >
            <option value="">{t("inbox.ages.all")}</option>
            {INBOX_AGES.map((age) => (
              <option key={age} value={age}>
                {t(`inbox.ages.${age}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          {t("inbox.apply")}
        </button>
        {(filters.sector || filters.age || filters.kind) && (
          <Link href="/admin" className="py-2 text-sm text-brand-700 underline">
            {t("inbox.reset")}
          </Link>
        )}
      </form>

      {inbox.items.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-slate-700 shadow-sm">{t("inbox.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
          {inbox.items.map((item) => (
            <InboxRow key={`${item.kind}:${item.id}`} item={item} />
          ))}
        </ul>
      )}

      <Pagination path="/admin" params={linkParams} page={inbox.page} pageCount={inbox.pageCount} />
    </div>
  );
}

async function InboxRow({ item }: { item: InboxItem }) {
  const t = await getTranslations("admin");
  const title = await inboxItemTitle(item);
  const days = daysSince(item.createdAt);

  return (
    <li className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-2 font-semibold">
          <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
            {t(`kindLabels.${item.kind}`)}
          </span>
          {title}
        </p>
        <p className="text-sm text-slate-700">
          {item.kind === "membership"
            ? `${item.person} · ${item.employeeNumber}`
            : t("inbox.household", { names: item.householdNames })}
          {item.kind === "document" && item.person ? ` · ${item.person}` : ""}
          {item.booking ? ` · ${t("inbox.places", { count: item.booking.places })}` : ""}
        </p>
        <p className={`text-xs ${days > 7 ? "font-semibold text-red-800" : "text-slate-600"}`}>
          {t("inbox.receivedOn", { date: formatDateParis(item.createdAt) })} ·{" "}
          {t("inbox.waitingDays", { days })}
        </p>
      </div>
      <Link
        href={`${REVIEW_PATHS[item.kind]}/${item.id}`}
        className="self-start rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 sm:self-center"
      >
        {t("inbox.open")}
      </Link>
    </li>
  );
}

async function inboxItemTitle(item: InboxItem) {
  const t = await getTranslations("admin");
  switch (item.kind) {
    case "membership":
      return t("inbox.membershipItem", { year: item.year ?? "" });
    case "dependant":
      return t("inbox.dependantItem", {
        relation: t(`relations.${item.relation}`),
        name: item.person ?? "",
      });
    case "document":
      return t("inbox.documentItem", {
        type: t(`documentTypes.${item.documentType}`),
        year: item.year ?? "",
      });
    case "booking":
      return t("inbox.bookingItem", {
        offer: item.booking?.offerTitle ?? "",
        start: item.booking ? formatCalendarDateFr(item.booking.startDate) : "",
        end: item.booking ? formatCalendarDateFr(item.booking.endDate) : "",
      });
  }
}
