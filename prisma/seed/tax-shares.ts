/**
 * Returns the tax shares of a demo household in hundredths, simplified from
 * the French income tax rules. Each adult counts 1 share. The first two
 * children count half a share each, and each further child a full share.
 * A disabled child, and a parent who raises children alone, add half a share.
 */
export function taxShareHundredths(household: {
  couple: boolean;
  singleParent: boolean;
  children: { disability: boolean }[];
}): number {
  let shares = household.couple ? 200 : 100;
  household.children.forEach((child, index) => {
    shares += index < 2 ? 50 : 100;
    if (child.disability) shares += 50;
  });
  if (household.singleParent && household.children.length > 0) shares += 50;
  return shares;
}
