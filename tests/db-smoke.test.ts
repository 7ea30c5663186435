import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { createMemberHousehold } from "./support/factories";

describe("test database", () => {
  it("stores a member household", async () => {
    const { household } = await createMemberHousehold();
    const found = await db.household.findUnique({
      where: { id: household.id },
      include: { members: true },
    });
    expect(found?.members).toHaveLength(1);
  });
});
