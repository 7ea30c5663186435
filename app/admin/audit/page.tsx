import { getTranslations } from "next-intl/server";

import { AUDIT_ACTIONS, listAuditActors, listAuditEntries } from "@/lib/staff/audit-log";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { AuditList } from "../_components/audit-list";
import { Pagination } from "../_components/pagination";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const text = (value: unknown) => (typeof value === "string" && value ? value : undefined);
const calendarDate = (value: unknown) =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

const selectClass =
  "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base";

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireStaffPage("/admin/audit");
  const params = await searchParams;
  const filters = {
    action: text(params.action),
    actorId: text(params.actor),
    from: calendarDate(params.from),
    to: calendarDate(params.to),
  };
  const found = await orNotFound(
    listAuditEntries(actor, { ...filters, page: Number(params.page) || 1 }),
  );
  const actors = await listAuditActors();
  const t = await getTranslations("admin");

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold">{t("audit.title")}</h1>
        <p className="mt-1 text-slate-700">{t("audit.intro")}</p>
      </div>

      <form
        method="get"
        action="/admin/audit"
        className="grid gap-3 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
      >
        <label className="text-sm font-medium text-slate-800">
          {t("audit.action")}
          <select name="action" defaultValue={filters.action ?? ""} className={selectClass}>
            <option value="">{t("audit.allActions")}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(`audit.actions.${action}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-800">
          {t("audit.actor")}
          <select name="actor" defaultValue={filters.actorId ?? ""} className={selectClass}>
            <option value="">{t("audit.allActors")}</option>
            {actors.map((user) => (
              <option key={user.id} value={user.id}>
                {user.displayName}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-800">
          {t("audit.from")}
          <input type="date" name="from" defaultValue={filters.from} className={selectClass} />
        </label>
        <label className="text-sm font-medium text-slate-800">
          {t("audit.to")}
          <input type="date" name="to" defaultValue={filters.to} className={selectClass} />
        </label>
        <button
          type="submit"
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          {t("audit.apply")}
        </button>
      </form>

      {found.entries.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-slate-700 shadow-sm">{t("audit.empty")}</p>
      ) : (
        <AuditList
          entries={found.entries.map((entry) => ({ ...entry, readable: true }))}
          showHousehold
        />
      )}
      <Pagination
        path="/admin/audit"
        params={{
          action: filters.action,
          actor: filters.actorId,
          from: filters.from,
          to: filters.to,
        }}
        page={found.page}
        hasNextPage={found.hasNextPage}
      />
    </div>
  );
}
