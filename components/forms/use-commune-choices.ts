"use client";

import { useEffect, useMemo } from "react";

import type { Commune } from "@/lib/communes";

/**
 * Returns the communes that use a typed postal code, sorted by name, and
 * keeps the chosen commune consistent with it. The only commune of a postal
 * code is chosen for the user, and a commune that no longer matches is
 * cleared.
 */
export function useCommuneChoices(input: {
  communes: Commune[];
  postalCode: string | undefined;
  communeCode: string | undefined;
  setCommuneCode: (code: string) => void;
}) {
  const { communes, communeCode, setCommuneCode } = input;
  const postalCode = input.postalCode?.trim() ?? "";
  const postalCodeComplete = /^\d{5}$/.test(postalCode);

  const choices = useMemo(
    () =>
      postalCodeComplete
        ? communes
            .filter((commune) => commune.postalCodes.includes(postalCode))
            .sort((a, b) => a.name.localeCompare(b.name, "fr"))
        : [],
    [communes, postalCode, postalCodeComplete],
  );

  useEffect(() => {
    if (choices.some((commune) => commune.code === communeCode)) return;
    const next = choices.length === 1 ? choices[0].code : "";
    if (next !== (communeCode ?? "")) setCommuneCode(next);
  }, [choices, communeCode, setCommuneCode]);

  return { postalCodeComplete, choices };
}
