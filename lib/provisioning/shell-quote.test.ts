import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanEnv } from "./test-shell";
import { commentText, displayValue, shDoubleQuote, shQuote, shValue } from "./shell-quote";

/** Has bash print each quoted word NUL-separated, so the round trip is byte-exact. */
function bashEcho(words: readonly string[]): string[] {
  const script = words.map((w) => `printf '%s\\0' ${w}`).join("\n");
  // stdin must not be a socket (Node's default pipes are): bash would then source ~/.bashrc.
  const result = spawnSync("bash", ["--norc", "--noprofile", "-c", script], {
    encoding: "utf8",
    env: cleanEnv({}),
    stdio: ["ignore", "pipe", "pipe"],
  });
  expect(result.stderr).toBe("");
  return result.stdout.split("\0").slice(0, -1);
}

const HOSTILE = [
  "$(touch /tmp/pwned)",
  "`touch /tmp/pwned`",
  "'; touch /tmp/pwned; '",
  '"; touch /tmp/pwned; "',
  "a\nEOF\ntouch /tmp/pwned",
  "back\\slash\\",
  "${HOME} $HOME !! ~ * ? [a] {a,b}",
  "tab\there\r\n",
  "ünïcødé 🚀 \u202Eevil\u202C",
];

describe("shQuote", () => {
  it("reproduces hostile strings exactly, executing nothing", () => {
    expect(bashEcho(HOSTILE.map(shQuote))).toEqual(HOSTILE);
  });

  it("round-trips any string without NUL through bash (property)", () => {
    const samples = fc.sample(fc.string({ unit: "binary", maxLength: 40 }).map((s) => s.replace(/\0/g, "")), 300);
    expect(bashEcho(samples.map(shQuote))).toEqual(samples);
  });

  it("drops NUL, which bash strings cannot hold", () => {
    expect(shQuote("a\0b")).toBe("'ab'");
  });
});

describe("shDoubleQuote", () => {
  it("keeps $, backticks, quotes and backslashes literal", () => {
    const text = 'export PATH=/x${PATH:+:${PATH}} `id` "q" \\n';
    expect(bashEcho([shDoubleQuote(text)])).toEqual([text]);
  });
});

describe("commentText", () => {
  it("yields one short line of printable ASCII for any input (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        const out = commentText(s, 50);
        expect(out).toMatch(/^[\x20-\x7e]*$/);
        expect(out.length).toBeLessThanOrEqual(50);
        expect(out).toBe(out.trim());
      }),
    );
  });

  it("keeps readable names readable", () => {
    expect(commentText("Café  rig\n#2")).toBe("Cafe rig #2");
    expect(commentText("x".repeat(10_000), 20)).toBe(`${"x".repeat(17)}...`);
  });
});

describe("displayValue and shValue", () => {
  it("strips control, format and separator characters but keeps Unicode text", () => {
    // Invisible characters go; line breaks of every spelling become spaces.
    expect(displayValue("ünï\u202Ecødé\u0007\u2028next\nline")).toBe("ünïcødé next line");
    expect(Array.from(displayValue("🚀".repeat(500), 10))).toHaveLength(10);
  });

  it("is a quoted word bash reads back as the reduced value", () => {
    const name = "It's $(rm -rf ~)\n`x` \\x24 $5";
    expect(shValue(name)).toBe("$'It\\'s \\x24(rm -rf ~) \\x60x\\x60 \\\\x24 \\x245'");
    expect(bashEcho([shValue(name)])).toEqual(["It's $(rm -rf ~) `x` \\x24 $5"]);
    expect(shValue("Lab box")).toBe("'Lab box'");
  });

  it("round-trips any reduced value through bash (property)", () => {
    const tricky = fc.constantFrom("$", "`", "'", "\\", "x", "2", "(", " ", "ü", "\n");
    const samples = [
      ...fc.sample(fc.string({ unit: tricky, maxLength: 30 }), 200),
      ...fc.sample(fc.string({ unit: "binary", maxLength: 30 }), 200),
    ];
    expect(bashEcho(samples.map((s) => shValue(s)))).toEqual(samples.map((s) => displayValue(s)));
  });
});
