// A one-page PDF written by hand, so demo documents are real files that
// viewers open, without a PDF library.

// Characters outside Latin-1 that French text uses, with their
// WinAnsiEncoding byte. The narrow no-break space that toLocaleString("fr-FR")
// puts between thousands becomes a no-break space.
const WIN_ANSI_EXTRAS: Record<string, number> = {
  "€": 0x80,
  œ: 0x9c,
  Œ: 0x8c,
  "’": 0x92,
  "\u202f": 0xa0,
};

/** Encodes text as a PDF literal string in WinAnsiEncoding; other characters become "?". */
function pdfString(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0x3f;
    const byte = WIN_ANSI_EXTRAS[char] ?? (code >= 0x20 && code <= 0xff ? code : 0x3f);
    // Parentheses and backslashes delimit literal strings, so they are escaped.
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) bytes.push(0x5c);
    bytes.push(byte);
  }
  return Buffer.concat([Buffer.from("("), Buffer.from(bytes), Buffer.from(")")]);
}

/**
 * Builds an A4 PDF with a title and lines of Helvetica text. The
 * cross-reference table holds the byte offset of every object, as the
 * PDF 1.4 specification requires.
 */
export function buildPdf(title: string, lines: string[]): Uint8Array {
  const text = [
    Buffer.from("BT\n/F1 18 Tf\n56 770 Td\n"),
    pdfString(title),
    Buffer.from(" Tj\n/F1 11 Tf\n0 -32 Td\n"),
    ...lines.flatMap((line) => [pdfString(line), Buffer.from(" Tj\n0 -16 Td\n")]),
    Buffer.from("ET\n"),
  ];
  const content = Buffer.concat(text);

  const objects = [
    Buffer.from("<< /Type /Catalog /Pages 2 0 R >>"),
    Buffer.from("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
    Buffer.from(
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " +
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    ),
    Buffer.from(
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ),
    Buffer.concat([
      Buffer.from(`<< /Length ${content.length} >>\nstream\n`),
      content,
      Buffer.from("\nendstream"),
    ]),
  ];

  // The comment of high bytes on line 2 marks the file as binary for transfer tools.
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let offset = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    const object = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`),
      body,
      Buffer.from("\nendobj\n"),
    ]);
    offsets.push(offset);
    parts.push(object);
    offset += object.length;
  });

  // Each cross-reference entry is exactly 20 bytes, ending with " \n".
  const xref = [
    "xref",
    `0 ${objects.length + 1}`,
    "0000000000 65535 f ",
    ...offsets.map((value) => `${String(value).padStart(10, "0")} 00000 n `),
    "trailer",
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    "startxref",
    String(offset),
    "%%EOF",
    "",
  ].join("\n");
  parts.push(Buffer.from(xref));

  return new Uint8Array(Buffer.concat(parts));
}
