import { readFileSync } from "node:fs";
import { pdfTextItems } from "./tests/support/pdf-text";
(async () => {
  for (const i of [1, 2]) {
    const items = await pdfTextItems(readFileSync(`/tmp/fix1-shots/receipt-${i}.pdf`));
    const pages = new Set(items.map((item) => item.page)).size;
    const minY = Math.min(...items.map((item) => item.y));
    const lines = items.filter((item) => /^n° |Chèque n°|Moyen|Chèques-vacances/.test(item.text));
    console.log(`receipt ${i}: pages ${pages}, lowest y ${minY}, "?" present: ${items.some((x) => x.text.includes("?"))}`);
    for (const line of lines) console.log("  ", line.text);
  }
})();
