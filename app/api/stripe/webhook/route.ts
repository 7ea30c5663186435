import Stripe from "stripe";

import { trackQueuedEmails } from "@/lib/email/outbox";
import { requestEmailDelivery } from "@/lib/jobs/email-delivery";
import { logger } from "@/lib/logger";
import { getStripe, isStripeConfigured, stripeWebhookSecret } from "@/lib/payments/stripe/client";
import { handleStripeEvent } from "@/lib/payments/stripe/handle-event";

export const dynamic = "force-dynamic";

/**
 * Receives Stripe's events. The signature is checked on the raw body, so
 * the text is read before any parsing; a bad signature gets 400 and
 * changes nothing. A failure gets 500, and Stripe delivers the event again.
 */
export async function POST(request: Request) {
  if (!isStripeConfigured()) {
    logger.warn("Stripe event received while Stripe keys are not set");
    return Response.json({ error: "card payments are off" }, { status: 503 });
  }

  const payload = await request.text();
  const signature = request.headers.get("stripe-signature") ?? "";
  let event: Stripe.Event;
  try {
    event = getStripe().webhooks.constructEvent(payload, signature, stripeWebhookSecret());
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeSignatureVerificationError)) throw error;
    logger.warn({ reason: error.message }, "Stripe event rejected: invalid signature");
    return Response.json({ error: "invalid signature" }, { status: 400 });
  }

  try {
    const { result, queued } = await trackQueuedEmails(() => handleStripeEvent(event));
    if (queued) await requestEmailDelivery();
    return Response.json({ received: true, result });
  } catch (error) {
    logger.error({ err: error, stripeEventId: event.id, type: event.type }, "Stripe event failed");
    return Response.json({ error: "event failed" }, { status: 500 });
  }
}
