import type Stripe from "stripe";

// Pages of the local Stripe test server's hosted checkout. They stand in for
// Stripe's card form, so they ask for no card number: "Payer" pays.

const STYLE = `body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}
button{font-size:1rem;padding:.6rem 1.2rem;margin-right:.5rem;border-radius:.4rem;cursor:pointer}
button:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.pay{background:#1d4ed8;color:#fff;border:0}.note{color:#475569;font-size:.9rem}
.banner{background:#fef3c7;border:2px solid #b45309;color:#78350f;padding:.75rem 1rem;border-radius:.4rem}`;

/** Renders the page of an open session, with "Payer" and "Annuler" buttons. */
export function checkoutPageHtml(session: Stripe.Checkout.Session) {
  const amount = new Intl.NumberFormat("fr-FR", {
    style: "currency",
    currency: (session.currency ?? "eur").toUpperCase(),
  }).format((session.amount_total ?? 0) / 100);
  const expiresAt = new Date(session.expires_at * 1000).toLocaleString("fr-FR", {
    timeZone: "Europe/Paris",
  });
  return layout(
    "Page de paiement de test locale",
    `<p class="banner" role="note"><strong>Page de test locale, ce n'est pas Stripe.</strong>
Aucune carte n'est demandée et aucun argent réel n'est débité : « Payer » simule un paiement
réussi.</p>
<h1>Paiement par carte (test)</h1>
<p>Montant : <strong>${escapeHtml(amount)}</strong></p>
<p class="note">Cette page expire le ${escapeHtml(expiresAt)}.</p>
<form method="post" action="/checkout/${encodeURIComponent(session.id)}/pay">
<button type="submit" class="pay">Payer</button></form>
<form method="post" action="/checkout/${encodeURIComponent(session.id)}/cancel">
<button type="submit">Annuler</button></form>`,
  );
}

/** Renders the page shown for a session that is unknown, expired or already paid. */
export function closedPageHtml(message: string) {
  return layout(
    "Paiement indisponible (page de test locale)",
    `<p class="banner" role="note"><strong>Page de test locale, ce n'est pas Stripe.</strong></p>
<h1>Paiement indisponible</h1><p>${escapeHtml(message)}</p>`,
  );
}

function layout(title: string, body: string) {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

function escapeHtml(text: string) {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}
