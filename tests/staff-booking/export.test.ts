import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { neutraliseFormula, type ExportColumn } from "@/lib/export/columns";
import { toCsv } from "@/lib/export/csv";
import { exportFileName } from "@/lib/export/file-name";
import { toXlsx } from "@/lib/export/xlsx";

type Row = {
  name: string;
  age: number;
  balanceCents: number;
  birthDate: Date;
  bookedAt: Date;
  note: string | null;
};

const columns: ExportColumn<Row>[] = [
  { type: "text", header: "Nom", value: (row) => row.name },
  { type: "integer", header: "Âge", value: (row) => row.age },
  { type: "euros", header: "Solde", value: (row) => row.balanceCents },
  { type: "date", header: "Naissance", value: (row) => row.birthDate },
  { type: "dateTime", header: "Réservé le", value: (row) => row.bookedAt },
  { type: "text", header: "Remarque", value: (row) => row.note },
];

const row = (name: string, overrides: Partial<Row> = {}): Row => ({
  name,
  age: 9,
  balanceCents: 12345,
  birthDate: new Date("2017-03-14T00:00:00Z"),
  // 13:05 UTC in July is 15:05 in Paris (summer time).
  bookedAt: new Date("2027-07-01T13:05:00Z"),
  note: null,
  ...overrides,
});

describe("neutraliseFormula", () => {
  it.each([
    ['=HYPERLINK("http://evil.test","clic")', '\'=HYPERLINK("http://evil.test","clic")'],
    ["+1+1", "'+1+1"],
    ["-2", "'-2"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["\tplain", "'\tplain"],
    [" =1", "' =1"],
    ["   +33 6 12", "'   +33 6 12"],
    ["＝1+1", "'＝1+1"],
    ["Jean-Pierre", "Jean-Pierre"],
    ["Dupont-Martin", "Dupont-Martin"],
    ["O'Neil", "O'Neil"],
    ["mail@example.test", "mail@example.test"],
    ["1+1", "1+1"],
    ["", ""],
  ])("%j becomes %j", (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });
});

describe("toCsv", () => {
  const rows = [
    row('=HYPERLINK("http://evil.test")'),
    row("Jean-Pierre", { balanceCents: -250, note: 'a; b "c"' }),
    row(" @SUM(A1)", { age: 0 }),
  ];
  const csv = toCsv(columns, rows);

  it("starts with a byte order mark", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
  });

  it("ends every line with CRLF", () => {
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines.at(-1)).toBe("");
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes the header line with semicolons", () => {
    expect(csv.slice(1).split("\r\n")[0]).toBe("Nom;Âge;Solde;Naissance;Réservé le;Remarque");
  });

  it("prefixes a formula in a text cell", () => {
    const line = csv.split("\r\n")[1];
    expect(line.startsWith('"\'=HYPERLINK(""http://evil.test"")";')).toBe(true);
  });

  it("prefixes a formula after leading spaces", () => {
    expect(csv.split("\r\n")[3].startsWith("' @SUM(A1);0;")).toBe(true);
  });

  it("keeps hyphenated names and negative amounts", () => {
    const line = csv.split("\r\n")[2];
    expect(line).toBe('Jean-Pierre;9;-2,50;14/03/2017;01/07/2027 15:05;"a; b ""c"""');
  });

  it("writes euros with a decimal comma", () => {
    expect(csv.split("\r\n")[1]).toContain(";123,45;");
  });
});

describe("toXlsx", () => {
  async function readBack(rows: Row[]) {
    const workbook = new ExcelJS.Workbook();
    const bytes = await toXlsx(columns, rows, "Participants: été [2027]");
    // exceljs types load() as taking an ArrayBuffer.
    await workbook.xlsx.load(bytes.slice().buffer);
    return workbook.worksheets[0];
  }

  it("writes a bold header row", async () => {
    const sheet = await readBack([row("Léa")]);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "Nom",
      "Âge",
      "Solde",
      "Naissance",
      "Réservé le",
      "Remarque",
    ]);
    expect(sheet.getCell("A1").font?.bold).toBe(true);
  });

  it("names the sheet without forbidden characters", async () => {
    const sheet = await readBack([row("Léa")]);
    expect(sheet.name).toBe("Participants  été  2027");
  });

  it("trims apostrophes around the sheet name", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(columns, [], "'Été'")).slice().buffer);
    expect(workbook.worksheets[0].name).toBe("Été");
  });

  it("sets column widths", async () => {
    const sheet = await readBack([row("Léa")]);
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(10);
  });

  it.each([
    ['=HYPERLINK("http://evil.test")', '\'=HYPERLINK("http://evil.test")'],
    ["+1+1", "'+1+1"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    [" =1", "' =1"],
    ["Jean-Pierre", "Jean-Pierre"],
  ])("stores %j as the string %j", async (name, expected) => {
    const sheet = await readBack([row(name)]);
    const cell = sheet.getCell("A2");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(expected);
    expect(cell.formula).toBeUndefined();
  });

  it("stores a negative amount as a number", async () => {
    const sheet = await readBack([row("Léa", { balanceCents: -250 })]);
    const cell = sheet.getCell("C2");
    expect(cell.type).toBe(ExcelJS.ValueType.Number);
    expect(cell.value).toBe(-2.5);
    expect(cell.numFmt).toBe('#,##0.00 "€"');
  });

  it("stores an integer as a number", async () => {
    const sheet = await readBack([row("Léa", { age: 12 })]);
    expect(sheet.getCell("B2").type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell("B2").value).toBe(12);
  });

  it("stores a calendar date as a date", async () => {
    const sheet = await readBack([row("Léa")]);
    const cell = sheet.getCell("D2");
    expect(cell.type).toBe(ExcelJS.ValueType.Date);
    expect(cell.value).toEqual(new Date("2017-03-14T00:00:00Z"));
  });

  it("stores an instant as Paris wall-clock time", async () => {
    const sheet = await readBack([row("Léa")]);
    const cell = sheet.getCell("E2");
    expect(cell.type).toBe(ExcelJS.ValueType.Date);
    expect(cell.value).toEqual(new Date("2027-07-01T15:05:00Z"));
  });

  it("leaves a missing value empty", async () => {
    const sheet = await readBack([row("Léa")]);
    expect(sheet.getCell("F2").type).toBe(ExcelJS.ValueType.Null);
  });
});

describe("exportFileName", () => {
  it.each([
    [["Colonie à la mer", "2027-07-05"], "csv", "colonie-a-la-mer-2027-07-05.csv"],
    [["../../etc/passwd"], "xlsx", "etc-passwd.xlsx"],
    [['"; filename=evil.exe'], "csv", "filename-evil-exe.csv"],
    [["   "], "csv", "export.csv"],
  ] as const)("%j gives %s", (parts, extension, expected) => {
    expect(exportFileName([...parts], extension)).toBe(expected);
  });
});
