import { describe, expect, it } from "vitest";

describe("instrumentation-client", () => {
  it("turns zod's jitless mode on through the global zod reads its configuration from", async () => {
    const { z } = await import("zod");
    z.config({ jitless: false });
    await import("./instrumentation-client");
    expect(z.config().jitless).toBe(true);
  });
});
