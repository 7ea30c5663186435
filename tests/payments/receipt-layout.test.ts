import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";

import { memberReceiptPdf } from "@/lib/payments/receipts/receipt-files";
import { createPayableBooking, createReceivedPayment } from "../support/payment-factories";
import { pdfTextItems } from "../support/pdf-text";

// A4 in points, and the writer's margin.
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 50;

function vouchers(count: number) {
  const prefix = `L${Date.now()}${Math.floor(Math.random() * 1000)}`;
  return Array.from({ length: count }, (_, index) => ({
    serialNumber: `${prefix}-${String(index + 1).padStart(2, "0")}`,
    faceValueCents: 2_000,
  }));
}

describe("receipt layout", () => {
  it.each([{ count: 1 }, { count: 12 }, { count: 60 }])(
    "$count vouchers, one line each",
    async ({ count }) => {
      const accepted = vouchers(count);
      const { booking, family } = await createPayableBooking({ memberShareCents: 200_000 });
      const payment = await createReceivedPayment(booking.id, {
        tender: "ANCV",
        amountCents: count * 2_000,
        vouchers: accepted,
      });

      const items = await pdfTextItems((await memberReceiptPdf(family.actor, payment.id)).bytes);
      const texts = items.map((item) => item.text);

      for (const voucher of accepted) {
        expect(texts).toContain(`n° ${voucher.serialNumber} : 20,00 €`);
      }
      expect(texts.join("\n")).not.toContain("?");
      for (const item of items) {
        expect(item.y).toBeGreaterThanOrEqual(MARGIN - 12);
        expect(item.y).toBeLessThanOrEqual(PAGE_HEIGHT - MARGIN);
      }
      const pages = new Set(items.map((item) => item.page));
      expect(pages.size).toBe(count === 60 ? 2 : 1);
    },
  );

  it("wraps a long holder name", async () => {
    const holder = "Association des Parents et Amis de la Résidence des Tilleuls de Saint-Gaudens";
    const { booking, family } = await createPayableBooking({ memberShareCents: 30_000 });
    const payment = await createReceivedPayment(booking.id, {
      tender: "CHEQUE",
      amountCents: 10_000,
      chequeBank: "Crédit Agricole",
      chequeNumber: "7712345",
      chequeHolder: holder,
    });

    const items = await pdfTextItems((await memberReceiptPdf(family.actor, payment.id)).bytes);
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const start = items.findIndex((item) => item.text.startsWith("Chèque n° 7712345"));
    const details = items.slice(start, start + 4).map((item) => item.text);

    expect(start).toBeGreaterThan(-1);
    expect(details.join(" ")).toContain(`titulaire ${holder}`);
    expect(details[0]).not.toContain("Tilleuls");
    for (const item of items) {
      expect(item.x + font.widthOfTextAtSize(item.text, 10)).toBeLessThanOrEqual(PAGE_WIDTH);
    }
  });
});
