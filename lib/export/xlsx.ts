import ExcelJS from "exceljs";

import { neutraliseFormula, parisWallClock, type ExportColumn } from "@/lib/export/columns";

export const XLSX_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const NUMBER_FORMATS = {
  text: "@",
  integer: "0",
  euros: '#,##0.00 "€"',
  date: "dd/mm/yyyy",
  dateTime: "dd/mm/yyyy hh:mm",
} as const;

/**
 * Writes one worksheet with a bold header row and typed cells: text as
 * string values (never formulas, and prefixed like the CSV so a copy and
 * paste stays inert), integers and euros as numbers, dates as date cells.
 */
export async function toXlsx<Row>(
  columns: ExportColumn<Row>[],
  rows: readonly Row[],
  sheetName: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = columns.map((definition) => ({
    header: neutraliseFormula(definition.header),
    width: definition.width ?? Math.max(10, definition.header.length + 2),
    style: { numFmt: NUMBER_FORMATS[definition.type] },
  }));
  sheet.getRow(1).font = { bold: true };

  for (const row of rows) {
    sheet.addRow(columns.map((definition) => xlsxValue(definition, row)));
  }

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

function xlsxValue<Row>(definition: ExportColumn<Row>, row: Row): ExcelJS.CellValue {
  switch (definition.type) {
    case "text":
      return presentOrNull(definition.value(row), neutraliseFormula);
    case "integer":
      return presentOrNull(definition.value(row), (value) => value);
    case "euros":
      return presentOrNull(definition.value(row), (cents) => cents / 100);
    case "date":
      return presentOrNull(definition.value(row), (value) => value);
    case "dateTime":
      return presentOrNull(definition.value(row), parisWallClock);
  }
}

function presentOrNull<T, Cell extends ExcelJS.CellValue>(
  value: T | null | undefined,
  convert: (value: T) => Cell,
): Cell | null {
  return value === null || value === undefined ? null : convert(value);
}

// exceljs 4.4 throws on a sheet name containing : \ / ? * [ ] or starting or
// ending with an apostrophe, and truncates one over 31 characters with a
// console warning.
function safeSheetName(name: string) {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, " ")
    .slice(0, 31)
    .replace(/^[\s']+|[\s']+$/g, "");
  return cleaned || "Export";
}
