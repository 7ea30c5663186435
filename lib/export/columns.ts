// One column definition drives both the CSV and the XLSX export, so the two
// files always have the same headers, order and cell types.
import { TZDate } from "@date-fns/tz";

import { ASSOCIATION_TIME_ZONE, formatCalendarDateFr } from "@/lib/dates";

/**
 * The cell type of a column, which sets how its values are written:
 * - `text`: a string, neutralised against formula injection;
 * - `integer`: a number (places, ages);
 * - `euros`: integer cents, written as euros with two decimals;
 * - `date`: a calendar date as stored in a PostgreSQL `date` column (midnight UTC);
 * - `dateTime`: an instant, shown in Europe/Paris.
 */
export type ExportColumnType = "text" | "integer" | "euros" | "date" | "dateTime";

type ValueOf<Type extends ExportColumnType> = Type extends "text"
  ? string
  : Type extends "integer" | "euros"
    ? number
    : Date;

type ColumnOfType<Row, Type extends ExportColumnType> = {
  type: Type;
  header: string;
  /** Width of the XLSX column, in characters. */
  width?: number;
  value: (row: Row) => ValueOf<Type> | null | undefined;
};

export type ExportColumn<Row> = {
  [Type in ExportColumnType]: ColumnOfType<Row, Type>;
}[ExportColumnType];

// Spreadsheets read a cell starting with one of = + - @ as a formula, also
// after leading spaces, and a leading tab or carriage return can hide it.
// Full-width forms of those characters are treated the same, as a
// precaution.
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/**
 * Prefixes text that a spreadsheet would run as a formula with an
 * apostrophe, so it is shown as typed. Other text is returned unchanged.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Returns the Date whose UTC fields are the Europe/Paris wall-clock time of
 * `instant`. XLSX date cells have no time zone and exceljs reads UTC fields.
 */
export function parisWallClock(instant: Date): Date {
  const paris = new TZDate(instant, ASSOCIATION_TIME_ZONE);
  return new Date(
    Date.UTC(
      paris.getFullYear(),
      paris.getMonth(),
      paris.getDate(),
      paris.getHours(),
      paris.getMinutes(),
      paris.getSeconds(),
    ),
  );
}

const eurosFr = new Intl.NumberFormat("fr-FR", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: false,
});

/** Formats an instant as "14/03/2027 09:30" in Europe/Paris. */
export function formatParisDateTime(instant: Date): string {
  const wallClock = parisWallClock(instant);
  return `${formatCalendarDateFr(wallClock)} ${wallClock.toISOString().slice(11, 16)}`;
}

/**
 * Formats a cell as CSV text for French Excel: decimal comma, dates as
 * DD/MM/YYYY, instants in Europe/Paris. Empty values give an empty cell.
 */
export function formatCsvCell<Row>(definition: ExportColumn<Row>, row: Row): string {
  switch (definition.type) {
    case "text":
      return formatPresent(definition.value(row), neutraliseFormula);
    case "integer":
      return formatPresent(definition.value(row), String);
    case "euros":
      return formatPresent(definition.value(row), (cents) => eurosFr.format(cents / 100));
    case "date":
      return formatPresent(definition.value(row), formatCalendarDateFr);
    case "dateTime":
      return formatPresent(definition.value(row), formatParisDateTime);
  }
}

function formatPresent<T>(value: T | null | undefined, format: (value: T) => string) {
  return value === null || value === undefined ? "" : format(value);
}
