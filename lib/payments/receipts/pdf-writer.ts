import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 50;
const BODY_SIZE = 10;
const GREY = rgb(0.35, 0.35, 0.35);

export type TableColumn = { header: string; width: number; align?: "left" | "right" };

/**
 * Lays out an A4 document top to bottom with pdf-lib's standard Helvetica,
 * adding pages as the text runs out. Helvetica encodes text in WinAnsi,
 * which covers French; any other character is printed as "?".
 */
export class PdfWriter {
  private page!: PDFPage;
  private y = 0;
  private readonly encodable = new Map<string, boolean>();

  private constructor(
    private readonly document: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.addPage();
  }

  static async create(title: string, author: string) {
    const document = await PDFDocument.create();
    document.setTitle(title);
    document.setAuthor(author);
    document.setLanguage("fr-FR");
    const regular = await document.embedFont(StandardFonts.Helvetica);
    const bold = await document.embedFont(StandardFonts.HelveticaBold);
    return new PdfWriter(document, regular, bold);
  }

  heading(text: string, size = 14) {
    this.gap(size * 0.4);
    this.paragraph(text, { bold: true, size });
    this.gap(size * 0.2);
  }

  /** Writes text wrapped to the page width. */
  paragraph(text: string, options: { bold?: boolean; size?: number; grey?: boolean } = {}) {
    const font = options.bold ? this.bold : this.regular;
    const size = options.size ?? BODY_SIZE;
    for (const line of this.wrap(text, font, size, PAGE_WIDTH - 2 * MARGIN)) {
      this.ensureRoom(size * 1.4);
      this.page.drawText(line, {
        x: MARGIN,
        y: this.y - size,
        size,
        font,
        color: options.grey ? GREY : undefined,
      });
      this.y -= size * 1.4;
    }
  }

  /**
   * Writes "label : value" rows with the values aligned in a second column.
   * A value given as a list prints one entry per line; a long row continues
   * on the next page.
   */
  facts(rows: [label: string, value: string | string[]][]) {
    const labelWidth = 170;
    const lineHeight = BODY_SIZE * 1.4;
    for (const [label, value] of rows) {
      const entries = typeof value === "string" ? [value] : value;
      const lines = entries.flatMap((entry) =>
        this.wrap(entry, this.regular, BODY_SIZE, PAGE_WIDTH - 2 * MARGIN - labelWidth),
      );
      // Keep the label with at least its first value line.
      this.ensureRoom(lineHeight);
      this.page.drawText(this.clean(label), {
        x: MARGIN,
        y: this.y - BODY_SIZE,
        size: BODY_SIZE,
        font: this.bold,
      });
      for (const line of lines) {
        this.ensureRoom(lineHeight);
        this.page.drawText(line, {
          x: MARGIN + labelWidth,
          y: this.y - BODY_SIZE,
          size: BODY_SIZE,
          font: this.regular,
        });
        this.y -= lineHeight;
      }
    }
  }

  /**
   * Writes a table whose header repeats on each new page; `bold` rows are
   * totals. A cell too wide for its column wraps onto more lines.
   */
  table(columns: TableColumn[], rows: { cells: string[]; bold?: boolean }[]) {
    const size = 9;
    const lineHeight = size * 1.3;
    const padding = size * 0.3;
    const layOut = (cells: string[], font: PDFFont) =>
      cells.map((cell, index) => this.wrap(cell, font, size, columns[index].width - 4));
    const drawRow = (cellLines: string[][], font: PDFFont) => {
      let x = MARGIN;
      cellLines.forEach((lines, index) => {
        const column = columns[index];
        lines.forEach((line, lineIndex) => {
          const offset =
            column.align === "right" ? column.width - 4 - font.widthOfTextAtSize(line, size) : 0;
          const y = this.y - size - lineIndex * lineHeight;
          this.page.drawText(line, { x: x + offset, y, size, font });
        });
        x += column.width;
      });
      const lineCount = Math.max(...cellLines.map((lines) => lines.length));
      this.y -= lineCount * lineHeight + padding;
    };
    const heightOf = (cellLines: string[][]) =>
      Math.max(...cellLines.map((lines) => lines.length)) * lineHeight + padding;

    const header = layOut(
      columns.map((column) => column.header),
      this.bold,
    );
    this.ensureRoom(heightOf(header) + lineHeight);
    drawRow(header, this.bold);
    for (const row of rows) {
      const font = row.bold ? this.bold : this.regular;
      const cellLines = layOut(row.cells, font);
      if (this.y - heightOf(cellLines) < MARGIN) {
        this.addPage();
        drawRow(header, this.bold);
      }
      drawRow(cellLines, font);
    }
  }

  gap(points: number) {
    this.y -= points;
  }

  save() {
    return this.document.save();
  }

  private addPage() {
    this.page = this.document.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.y = PAGE_HEIGHT - MARGIN;
  }

  private ensureRoom(height: number) {
    if (this.y - height < MARGIN) this.addPage();
  }

  /** Replaces the spaces Intl puts in French numbers, and characters Helvetica cannot encode. */
  private clean(text: string) {
    let cleaned = "";
    for (const character of text.replace(/[\u00a0\u202f\u2009]/g, " ")) {
      cleaned += this.canEncode(character) ? character : "?";
    }
    return cleaned;
  }

  private canEncode(character: string) {
    let known = this.encodable.get(character);
    if (known === undefined) {
      try {
        this.regular.encodeText(character);
        known = true;
      } catch {
        known = false;
      }
      this.encodable.set(character, known);
    }
    return known;
  }

  /**
   * Splits text into lines no wider than `width`: at each "\n", then between
   * words, and inside a word that is wider than the line on its own.
   */
  private wrap(text: string, font: PDFFont, size: number, width: number) {
    const fits = (candidate: string) => font.widthOfTextAtSize(candidate, size) <= width;
    const lines: string[] = [];
    for (const paragraph of text.split("\n")) {
      let line = "";
      for (const word of this.clean(paragraph).split(" ")) {
        const candidate = line ? `${line} ${word}` : word;
        if (fits(candidate)) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        line = "";
        for (const character of word) {
          if (line && !fits(line + character)) {
            lines.push(line);
            line = "";
          }
          line += character;
        }
      }
      lines.push(line);
    }
    return lines;
  }
}
