import { requireMember } from "@/lib/auth/guards";
import { pdfResponse } from "@/lib/payments/receipts/pdf-response";
import { memberReceiptPdf } from "@/lib/payments/receipts/receipt-files";

type RouteContext = { params: Promise<{ id: string }> };

/** Sends the PDF receipt of a payment of the member's household; anyone else gets 404. */
export async function GET(_request: Request, context: RouteContext) {
  const { id } = await context.params;
  return pdfResponse(async () => memberReceiptPdf(await requireMember(), id), { paymentId: id });
}
