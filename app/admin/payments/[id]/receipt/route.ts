import { requireStaff } from "@/lib/auth/guards";
import { pdfResponse } from "@/lib/payments/receipts/pdf-response";
import { staffReceiptPdf } from "@/lib/payments/receipts/receipt-files";

type RouteContext = { params: Promise<{ id: string }> };

/**
 * Sends a payment's PDF receipt to staff who see payments or manage the
 * offer's kind. Visitors, members and other staff get 404.
 */
export async function GET(_request: Request, context: RouteContext) {
  const { id } = await context.params;
  return pdfResponse(async () => staffReceiptPdf(await requireStaff(), id), { paymentId: id });
}
