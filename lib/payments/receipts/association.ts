/**
 * Returns the association named on receipts and attestations, from
 * ASSOCIATION_NAME and ASSOCIATION_ADDRESS (lines separated by "|").
 * Without them the documents carry the software's name and no address.
 * `iban`, from ASSOCIATION_IBAN, is the account members pay transfers to,
 * or null when unset.
 */
export function associationIdentity() {
  const name = process.env.ASSOCIATION_NAME?.trim() || "Entraide";
  const address = (process.env.ASSOCIATION_ADDRESS ?? "")
    .split("|")
    .map((line) => line.trim())
    .filter(Boolean);
  const iban = process.env.ASSOCIATION_IBAN?.trim() || null;
  return { name, address, iban };
}
