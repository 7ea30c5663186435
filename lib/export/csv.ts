import { stringify } from "csv-stringify/sync";

import { formatCsvCell, neutraliseFormula, type ExportColumn } from "@/lib/export/columns";

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

/**
 * Writes a header line and the rows as CSV for French Excel: UTF-8 with a
 * byte order mark (without it Excel reads the file as Windows-1252), `;`
 * between cells because `,` is the decimal separator there, and CRLF line
 * ends. Text cells that a spreadsheet would run as a formula are prefixed
 * with an apostrophe.
 */
export function toCsv<Row>(columns: ExportColumn<Row>[], rows: readonly Row[]): string {
  const header = columns.map((definition) => neutraliseFormula(definition.header));
  const records = rows.map((row) => columns.map((definition) => formatCsvCell(definition, row)));
  return stringify([header, ...records], {
    bom: true,
    delimiter: ";",
    record_delimiter: "windows",
  });
}
