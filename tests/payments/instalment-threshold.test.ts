import { describe, expect, it } from "vitest";

import { blankOfferValues, offerFormValues } from "@/lib/catalogue/form-values";
import { createOffer, updateOffer } from "@/lib/catalogue/save-offer";
import { offerSchema, toOfferData, type OfferInput } from "@/lib/catalogue/schemas";
import { getOfferForStaff } from "@/lib/catalogue/staff-offers";
import { db } from "@/lib/db";
import { createStaffUser, uniqueSuffix } from "../support/factories";

function offerInput(overrides: Partial<OfferInput> = {}): OfferInput {
  return {
    ...blankOfferValues("TRIP"),
    title: "Séjour en plusieurs fois",
    slug: `offre-${uniqueSuffix()}`,
    description: "Description.",
    organiser: "Organisateur",
    placeLabel: "Toulouse",
    subsidies: ["70", "60", "", "", "", "", "", "10"],
    ...overrides,
  };
}

describe("instalment threshold field", () => {
  it.each([
    { typed: "", cents: null },
    { typed: "500", cents: 50_000 },
    { typed: "499,99", cents: 49_999 },
  ])("reads $typed as $cents", ({ typed, cents }) => {
    const parsed = offerSchema.parse(offerInput({ instalmentThreshold: typed }));

    expect(toOfferData(parsed).offer.instalmentThresholdCents).toBe(cents);
  });

  it.each(["abc", "-5", "12,345"])("rejects %s", (typed) => {
    const result = offerSchema.safeParse(offerInput({ instalmentThreshold: typed }));

    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["instalmentThreshold"]);
    expect(result.error?.issues[0].message).toBe("euro_amount");
  });

  it("saves, reloads and clears it", async () => {
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);
    const input = offerInput({ instalmentThreshold: "600" });

    const { id } = await createOffer(actor, input);
    const saved = await db.offer.findUniqueOrThrow({ where: { id } });
    const reloaded = offerFormValues((await getOfferForStaff(db, actor, id))!);
    await updateOffer(actor, id, { ...input, instalmentThreshold: "" });
    const cleared = await db.offer.findUniqueOrThrow({ where: { id } });

    expect(saved.instalmentThresholdCents).toBe(60_000);
    expect(reloaded.instalmentThreshold).toBe("600,00");
    expect(cleared.instalmentThresholdCents).toBeNull();
  });
});
