import { z } from "zod";

import type { StaffActor } from "@/lib/auth/guards";
import { toCalendarDate } from "@/lib/dates";
import type { ExportColumn } from "@/lib/export/columns";
import { CSV_CONTENT_TYPE, toCsv } from "@/lib/export/csv";
import { exportFileName } from "@/lib/export/file-name";
import { toXlsx, XLSX_CONTENT_TYPE } from "@/lib/export/xlsx";
import { getTranslator, type Translate } from "@/lib/i18n";
import {
  getSessionRoster,
  type RosterBooking,
  type RosterGroup,
  type RosterParticipant,
} from "@/lib/staff/session-roster";

export const exportFormatSchema = z.enum(["csv", "xlsx"]);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** Groups that hold or may soon hold places; refused and cancelled bookings are left out. */
const EXPORTED_GROUPS: RosterGroup[] = ["confirmed", "offered", "waiting", "pending"];

type ExportRow = { booking: RosterBooking; participant: RosterParticipant };

function participantColumns(t: Translate): ExportColumn<ExportRow>[] {
  return [
    {
      type: "text",
      header: t("export.reference"),
      width: 16,
      value: (row) => row.booking.reference,
    },
    {
      type: "text",
      header: t("export.status"),
      width: 14,
      value: (row) => t(`statuses.${row.booking.status}`),
    },
    {
      type: "integer",
      header: t("export.waitingRank"),
      width: 8,
      value: (row) => row.booking.waitingRank,
    },
    {
      type: "text",
      header: t("export.lastName"),
      width: 20,
      value: (row) => row.participant.lastName,
    },
    {
      type: "text",
      header: t("export.firstName"),
      width: 18,
      value: (row) => row.participant.firstName,
    },
    {
      type: "date",
      header: t("export.birthDate"),
      width: 12,
      value: (row) => row.participant.birthDate,
    },
    {
      type: "integer",
      header: t("export.ageOnStart"),
      width: 8,
      value: (row) => row.participant.ageOnStart,
    },
    {
      type: "text",
      header: t("export.category"),
      width: 10,
      value: (row) => t(`categories.${row.participant.category}`),
    },
    {
      type: "text",
      header: t("export.member"),
      width: 24,
      value: (row) => `${row.booking.member.firstName} ${row.booking.member.lastName}`,
    },
    {
      type: "text",
      header: t("export.employeeNumber"),
      width: 12,
      value: (row) => row.booking.member.employeeNumber,
    },
    {
      type: "text",
      header: t("export.phone"),
      width: 16,
      value: (row) => row.booking.member.phone,
    },
    {
      type: "text",
      header: t("export.email"),
      width: 28,
      value: (row) => row.booking.member.email,
    },
    {
      type: "text",
      header: t("export.commune"),
      width: 18,
      value: (row) => row.booking.household.communeName,
    },
    {
      type: "euros",
      header: t("export.publicPrice"),
      width: 12,
      value: (row) => row.participant.publicPriceCents,
    },
    {
      type: "euros",
      header: t("export.subsidy"),
      width: 12,
      value: (row) => row.participant.subsidyCents,
    },
    {
      type: "euros",
      header: t("export.memberShare"),
      width: 12,
      value: (row) => row.participant.memberShareCents,
    },
    {
      type: "dateTime",
      header: t("export.bookedAt"),
      width: 17,
      value: (row) => row.booking.createdAt,
    },
  ];
}

/**
 * Builds the participants file of a session: one row per participant of
 * its confirmed, offered, waiting and pending bookings, in that order.
 * Raises `not_found` like getSessionRoster.
 */
export async function exportSessionParticipants(
  actor: StaffActor,
  input: { sessionId: string; format: ExportFormat },
) {
  const roster = await getSessionRoster(actor, input.sessionId);
  const t = await getTranslator("adminBookings");
  const rows = EXPORTED_GROUPS.flatMap((group) =>
    roster.groups[group].flatMap((booking) =>
      booking.participants.map((participant) => ({ booking, participant })),
    ),
  );
  const columns = participantColumns(t);
  const nameParts = [roster.offer.title, toCalendarDate(roster.session.startDate)];

  if (input.format === "csv") {
    return {
      fileName: exportFileName(nameParts, "csv"),
      contentType: CSV_CONTENT_TYPE,
      body: toCsv(columns, rows),
    };
  }
  return {
    fileName: exportFileName(nameParts, "xlsx"),
    contentType: XLSX_CONTENT_TYPE,
    body: await toXlsx(columns, rows, t("export.sheetName")),
  };
}
