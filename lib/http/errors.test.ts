import { describe, expect, it } from "vitest";
import { rateLimited, unauthorized } from "../errors";
import { errorResponse } from "./errors";

describe("errorResponse", () => {
  it("maps rate_limited to 429 with Retry-After in seconds and the same number in the body", async () => {
    const response = errorResponse(rateLimited(17));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("17");
    expect(await response.json()).toEqual({ error: "rate_limited", message: "Too many changes in a short time; try again in 17 s", retryAfterSeconds: 17 });
  });

  it("keeps the Bearer challenge on 401 and hides unexpected errors", async () => {
    expect(errorResponse(unauthorized("no token")).headers.get("www-authenticate")).toBe('Bearer realm="build"');
    const original = console.error;
    console.error = () => {};
    try {
      const hidden = errorResponse(new Error("secret detail"));
      expect(hidden.status).toBe(500);
      expect(await hidden.text()).not.toContain("secret");
    } finally {
      console.error = original;
    }
  });
});
