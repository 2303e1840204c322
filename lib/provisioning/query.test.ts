import { describe, expect, it } from "vitest";
import { optionsFromSearchParams, provisionOptionsSchema, type ProvisionOptionsInput } from "./options";
import { provisionQuery } from "./query";

const roundTrip = (input: ProvisionOptionsInput) => {
  const options = provisionOptionsSchema.parse(input);
  return { options, back: optionsFromSearchParams(new URLSearchParams(provisionQuery(options))) };
};

describe("provisionQuery", () => {
  it("writes every key, defaults included", () => {
    expect(provisionQuery(provisionOptionsSchema.parse({}))).toBe(
      "os=24.04&env=conda&frameworks=pytorch&jupyter=1&docker=0&sshHardening=0",
    );
  });

  it.each<[string, ProvisionOptionsInput]>([
    ["defaults", {}],
    ["everything on", { os: "22.04", env: "uv", frameworks: ["jax", "pytorch", "tensorflow"], jupyter: true, docker: true, sshHardening: true }],
    ["everything off", { frameworks: [], jupyter: false, docker: false, sshHardening: false }],
    ["26.04, headless chosen", { os: "26.04", headless: true }],
    ["desktop driver chosen", { headless: false }],
  ])("reads back into the same options (%s)", (_label, input) => {
    const { options, back } = roundTrip(input);
    expect(back).toEqual(options);
  });

  it("leaves headless out until the user chooses, so the plan can decide per build", () => {
    expect(provisionQuery(provisionOptionsSchema.parse({}))).not.toContain("headless");
    expect(provisionQuery(provisionOptionsSchema.parse({ headless: false }))).toContain("headless=0");
    expect(roundTrip({}).back.headless).toBeUndefined();
  });

  it("keeps an empty framework list empty instead of falling back to PyTorch", () => {
    const { back } = roundTrip({ frameworks: [] });
    expect(back.frameworks).toEqual([]);
    expect(provisionQuery(back)).toContain("frameworks=&");
  });

  it("lists frameworks comma-separated in canonical order", () => {
    expect(provisionQuery(provisionOptionsSchema.parse({ frameworks: ["jax", "pytorch"] }))).toContain("frameworks=pytorch%2Cjax");
  });
});
