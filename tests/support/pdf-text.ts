// Reads back the text that pdf-lib wrote, so tests can check what a PDF
// prints. pdf-lib deflates page content and writes each standard-font string
// as a hex string shown by `Tj`, in WinAnsi (windows-1252).
import { inflateSync } from "node:zlib";

import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef } from "pdf-lib";

// Windows-1252 differs from Latin-1 in 0x80-0x9F only: the euro sign, the
// typographic apostrophe and quotes, "œ", dashes. Node's TextDecoder decodes
// "windows-1252" as Latin-1 (checked on Node 20.20), so those bytes are mapped here.
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWinAnsi(bytes: Buffer) {
  return bytes
    .toString("latin1")
    .replace(/[\u0080-\u009f]/g, (character) => WINDOWS_1252_HIGH[character.charCodeAt(0) - 0x80]);
}

function streamText(stream: PDFRawStream) {
  const filter = stream.dict.get(PDFName.of("Filter"));
  const contents = Buffer.from(stream.getContents());
  const decoded = filter === PDFName.of("FlateDecode") ? inflateSync(contents) : contents;
  return decoded.toString("latin1");
}

export type DrawnText = { page: number; x: number; y: number; text: string };

/** Returns each string drawn, with its page (from 0) and its baseline origin in points. */
export async function pdfTextItems(bytes: Uint8Array): Promise<DrawnText[]> {
  const document = await PDFDocument.load(bytes);
  const items: DrawnText[] = [];
  document.getPages().forEach((page, pageIndex) => {
    const contents = page.node.get(PDFName.of("Contents"));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of refs) {
      const stream = ref instanceof PDFRef ? document.context.lookup(ref) : ref;
      if (!(stream instanceof PDFRawStream)) continue;
      // pdf-lib places each string with "1 0 0 1 x y Tm" right before its "Tj".
      const shownTexts = streamText(stream).matchAll(
        /(?:1 0 0 1 (-?[\d.]+) (-?[\d.]+) Tm\s*)?<([0-9A-Fa-f]*)>\s*Tj/g,
      );
      for (const shown of shownTexts) {
        items.push({
          page: pageIndex,
          x: Number(shown[1] ?? Number.NaN),
          y: Number(shown[2] ?? Number.NaN),
          text: decodeWinAnsi(Buffer.from(shown[3], "hex")),
        });
      }
    }
  });
  return items;
}

/** Returns the strings drawn on every page, in drawing order. */
export async function pdfTextLines(bytes: Uint8Array): Promise<string[]> {
  return (await pdfTextItems(bytes)).map((item) => item.text);
}

/** Returns the whole text of a PDF, one drawn string per line. */
export async function pdfText(bytes: Uint8Array) {
  return (await pdfTextLines(bytes)).join("\n");
}
