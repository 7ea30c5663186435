import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { formatCalendarDateFr, parseCalendarDate } from "@/lib/dates";
import {
  auditFieldLabelKey,
  auditSubject,
  auditValueKey,
  diffAuditValues,
} from "@/lib/staff/audit-view";
import { formatDateTimeParis, formatEuros, formatTaxShares } from "@/lib/staff/format";

export type AuditRow = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  householdId: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
  actor: { displayName: string } | null;
  /** Names of the household's members, shown with a link to the household. */
  householdNames?: string | null;
  /** False when the actor's sectors may not read this entry's values. */
  readable: boolean;
};

type Translate = Awaited<ReturnType<typeof getTranslations<"admin">>>;

function formatValue(t: Translate, entityType: string, field: string, value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  const key = auditValueKey(entityType, field, value);
  if (key && t.has(key)) return t(key);
  if (typeof value === "number" && field.endsWith("Cents")) return formatEuros(value);
  if (typeof value === "number" && field === "taxShareHundredths") return formatTaxShares(value);
  if (typeof value === "string" && field === "birthDate") {
    const date = parseCalendarDate(value);
    if (date) return formatCalendarDateFr(date);
  }
  if (typeof value === "string" && field.endsWith("At") && !Number.isNaN(Date.parse(value))) {
    return formatDateTimeParis(new Date(value));
  }
  if (field === "schedule" && Array.isArray(value)) return formatSchedule(value);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Formats an instalment schedule as "12 janvier 2027 : 100,00 €, …". */
function formatSchedule(lines: unknown[]): string {
  return lines
    .map((line) => {
      const { dueDate, amountCents } = (line ?? {}) as { dueDate?: unknown; amountCents?: unknown };
      const date = typeof dueDate === "string" ? parseCalendarDate(dueDate) : null;
      if (!date || typeof amountCents !== "number") return JSON.stringify(line);
      return `${formatCalendarDateFr(date)} : ${formatEuros(amountCents)}`;
    })
    .join(", ");
}

/**
 * Audit entries as a list: time in Europe/Paris, actor, action, object,
 * and each changed field as "before → after". Entries outside the
 * reader's sectors show only that they exist.
 */
export async function AuditList({
  entries,
  showHousehold,
}: {
  entries: AuditRow[];
  showHousehold?: boolean;
}) {
  const t = await getTranslations("admin");
  return (
    <ol className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
      {entries.map((entry) => {
        const changes = diffAuditValues(entry.before, entry.after);
        const subject = auditSubject(entry);
        const subjectText = entry.readable
          ? [
              subject.documentType && t.has(`documentTypes.${subject.documentType}`)
                ? t(`documentTypes.${subject.documentType}`)
                : null,
              subject.year,
            ]
              .filter(Boolean)
              .join(" ")
          : "";
        const fieldLabel = (field: string) => {
          const key = auditFieldLabelKey(entry.entityType, field);
          return t.has(key) ? t(key) : field;
        };
        return (
          <li key={entry.id} className="space-y-1 p-4">
            <p className="flex flex-wrap items-baseline gap-x-3 text-sm text-slate-600">
              <time dateTime={entry.createdAt.toISOString()}>
                {formatDateTimeParis(entry.createdAt)}
              </time>
              <span>{entry.actor?.displayName ?? t("audit.system")}</span>
            </p>
            <p className="font-semibold">
              {t.has(`audit.actions.${entry.action}`)
                ? t(`audit.actions.${entry.action}`)
                : entry.action}
              <span className="ml-2 text-sm font-normal text-slate-600">
                {t.has(`audit.entities.${entry.entityType}`)
                  ? t(`audit.entities.${entry.entityType}`)
                  : entry.entityType}
                {subjectText && ` · ${subjectText}`}{" "}
                <code className="text-xs">{entry.entityId}</code>
              </span>
            </p>
            {showHousehold && entry.householdId && (
              <Link
                href={`/admin/households/${entry.householdId}`}
                className="text-sm text-brand-700 underline"
              >
                {entry.householdNames
                  ? t("audit.householdOf", { names: entry.householdNames })
                  : t("audit.household")}
              </Link>
            )}
            {!entry.readable ? (
              <p className="text-sm italic text-slate-600">{t("audit.masked")}</p>
            ) : changes.length === 0 ? null : (
              <ul className="space-y-0.5 text-sm">
                {changes.map((change) => (
                  <li key={change.field} className="wrap-anywhere">
                    <span className="text-slate-600">{fieldLabel(change.field)} : </span>
                    {change.before !== undefined && (
                      <>
                        <del className="text-red-800">
                          {formatValue(t, entry.entityType, change.field, change.before)}
                        </del>
                        {" → "}
                      </>
                    )}
                    <ins className="text-green-800 no-underline">
                      {formatValue(t, entry.entityType, change.field, change.after)}
                    </ins>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
