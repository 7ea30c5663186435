import Stripe from "stripe";

import { trackQueuedEmails } from "@/lib/email/outbox";
import { requestEmailDelivery } from "@/lib/jobs/email-delivery";
import { logger } from "@/lib/logger";
import { getStripe, isStripeConfigured, stripeWebhookSecret } from "@/lib/payments/stripe/client";
import { handleStripeEvent } from "@/lib/payments/stripe/handle-event";

export const dynamic = "force-dynamic";

/**
 * Receives Stripe's events. The signature is checked on the raw body, so
 * the text is read before any parsing. A bad signature, or a signed body
 * that is not a JSON event, gets 400 and changes nothing. A failure gets
 * 500, so Stripe delivers the event again.
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
    // The SDK parses the body only once the signature matches, and raises
    // a SyntaxError when it is not JSON. Stripe would retry a 500 forever.
    if (error instanceof SyntaxError) {
      logger.warn({ reason: error.message }, "Stripe event rejected: body is not JSON");
      return Response.json({ error: "invalid JSON body" }, { status: 400 });
    }
    if (!(error instanceof Stripe.errors.StripeSignatureVerificationError)) throw error;
    logger.warn({ reason: error.message }, "Stripe event rejected: invalid signature");
    return Response.json({ error: "invalid signature" }, { status: 400 });
  }
  if (!isEventShaped(event)) {
    logger.warn("Stripe event rejected: body is not an event object");
    return Response.json({ error: "invalid event" }, { status: 400 });
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

/** Tells whether a parsed body has the string `id` and `type` every event has. */
function isEventShaped(event: unknown): event is Stripe.Event {
  if (typeof event !== "object" || event === null) return false;
  const fields = event as { id?: unknown; type?: unknown };
  return typeof fields.id === "string" && typeof fields.type === "string";
}
