import communesFile from "@/data/communes-31.json";

/** A current commune of Haute-Garonne with its postal codes (INSEE and La Poste data). */
export type Commune = { code: string; name: string; postalCodes: string[] };

export const communes: Commune[] = communesFile.communes.map((commune) => ({
  code: commune.code_insee,
  name: commune.nom,
  postalCodes: commune.codes_postaux,
}));

const byCode = new Map(communes.map((commune) => [commune.code, commune]));

export function findCommune(code: string): Commune | undefined {
  return byCode.get(code);
}

/** Communes that use this postal code (several communes share most codes). */
export function communesForPostalCode(postalCode: string): Commune[] {
  return communes.filter((commune) => commune.postalCodes.includes(postalCode));
}
