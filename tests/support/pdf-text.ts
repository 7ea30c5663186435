// Reads back the text that pdf-lib wrote, so tests can check what a PDF
// prints. pdf-lib deflates page content and writes each standard-font string
// as a hex string shown by `Tj`, in WinAnsi (windows-1252).
import { inflateSync } from "node:zlib";

import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef } from "pdf-lib";

// Node may read windows-1252 as Latin-1, which has no euro sign at 0x80.
function decodeWinAnsi(bytes: Buffer) {
  return bytes.toString("latin1").replace(/\u0080/g, "€");
}

function streamText(stream: PDFRawStream) {
  const filter = stream.dict.get(PDFName.of("Filter"));
  const contents = Buffer.from(stream.getContents());
  const decoded = filter === PDFName.of("FlateDecode") ? inflateSync(contents) : contents;
  return decoded.toString("latin1");
}

/** Returns the strings drawn on every page, in drawing order. */
export async function pdfTextLines(bytes: Uint8Array): Promise<string[]> {
  const document = await PDFDocument.load(bytes);
  const lines: string[] = [];
  for (const page of document.getPages()) {
    const contents = page.node.get(PDFName.of("Contents"));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of refs) {
      const stream = ref instanceof PDFRef ? document.context.lookup(ref) : ref;
      if (!(stream instanceof PDFRawStream)) continue;
      for (const shown of streamText(stream).matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
        lines.push(decodeWinAnsi(Buffer.from(shown[1], "hex")));
      }
    }
  }
  return lines;
}

/** Returns the whole text of a PDF, one drawn string per line. */
export async function pdfText(bytes: Uint8Array) {
  return (await pdfTextLines(bytes)).join("\n");
}
