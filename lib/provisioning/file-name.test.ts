import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scriptFileName } from "./file-name";

describe("scriptFileName", () => {
  it.each([
    ["My 1080 Ti Box", "my-1080-ti-box-setup.sh"],
    ["  Café  Rig #2  ", "cafe-rig-2-setup.sh"],
    ["$(touch /tmp/pwned)", "touch-tmp-pwned-setup.sh"],
    ["../../etc/passwd", "etc-passwd-setup.sh"],
    ["", "build-setup.sh"],
    ["🚀🚀🚀", "build-setup.sh"],
    ["---", "build-setup.sh"],
  ])("%j -> %s", (name, expected) => {
    expect(scriptFileName(name)).toBe(expected);
  });

  it("always gives a short name of safe characters (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 500 }), (name) => {
        const file = scriptFileName(name);
        expect(file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-setup\.sh$/);
        expect(file.length).toBeLessThanOrEqual(60 + "-setup.sh".length);
      }),
    );
  });
});
