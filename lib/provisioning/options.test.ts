import { describe, expect, it } from "vitest";
import { optionsFromSearchParams, provisionOptionsSchema } from "./options";

describe("provisionOptionsSchema", () => {
  it("fills every default from an empty object", () => {
    expect(provisionOptionsSchema.parse({})).toEqual({
      os: "24.04",
      env: "conda",
      frameworks: ["pytorch"],
      jupyter: true,
      docker: false,
      sshHardening: false,
    });
  });

  it("reads the documented query string", () => {
    const params = new URLSearchParams("os=22.04&env=uv&frameworks=pytorch,jax&jupyter=1&docker=0");
    expect(optionsFromSearchParams(params)).toEqual({
      os: "22.04",
      env: "uv",
      frameworks: ["pytorch", "jax"],
      jupyter: true,
      docker: false,
      sshHardening: false,
    });
  });

  it("accepts repeated framework keys, any case and order, without duplicates", () => {
    const params = new URLSearchParams("frameworks=JAX&frameworks=pytorch,jax&sshHardening=yes");
    const parsed = optionsFromSearchParams(params);
    expect(parsed.frameworks).toEqual(["pytorch", "jax"]);
    expect(parsed.sshHardening).toBe(true);
  });

  it("treats an empty frameworks value as no frameworks", () => {
    expect(optionsFromSearchParams(new URLSearchParams("frameworks=")).frameworks).toEqual([]);
    expect(provisionOptionsSchema.parse({ frameworks: [] }).frameworks).toEqual([]);
  });

  it.each([
    ["true", true],
    ["on", true],
    ["0", false],
    ["no", false],
    [false, false],
  ] as const)("parses the flag %j as %j", (value, expected) => {
    expect(provisionOptionsSchema.parse({ docker: value }).docker).toBe(expected);
  });

  it.each([
    [{ os: "20.04" }, "os"],
    [{ env: "pipenv" }, "env"],
    [{ frameworks: "pytorch,theano" }, "frameworks"],
    [{ jupyter: "maybe" }, "jupyter"],
  ])("rejects %j", (input, path) => {
    const result = provisionOptionsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(path);
  });

  it("ignores unrelated query keys such as a build id", () => {
    expect(optionsFromSearchParams(new URLSearchParams("build=abc&os=22.04")).os).toBe("22.04");
  });
});
