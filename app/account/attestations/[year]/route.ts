import { requireMember } from "@/lib/auth/guards";
import { pdfResponse } from "@/lib/payments/receipts/pdf-response";
import { memberAttestationPdf } from "@/lib/payments/receipts/receipt-files";

type RouteContext = { params: Promise<{ year: string }> };

/** Sends the member household's payment attestation for a calendar year. */
export async function GET(_request: Request, context: RouteContext) {
  const { year } = await context.params;
  return pdfResponse(async () => memberAttestationPdf(await requireMember(), year), { year });
}
