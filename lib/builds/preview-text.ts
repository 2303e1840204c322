/**
 * Code point ranges the font bundled with next/og (Geist Regular) covers, read from its cmap.
 * Any other character makes next/og fetch a fallback font or emoji from the network, which an
 * offline server cannot do (and an emoji fetch failure breaks the image), so those are replaced.
 */
const COVERED: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], [0xa0, 0xac], [0xae, 0x113], [0x116, 0x12b], [0x12e, 0x137], [0x139, 0x13e], [0x141, 0x148],
  [0x14a, 0x14d], [0x150, 0x17e], [0x400, 0x45f], [0x2013, 0x2014], [0x2018, 0x201a], [0x201c, 0x201e],
  [0x2020, 0x2022], [0x2026, 0x2026], [0x20ac, 0x20ac], [0x20b9, 0x20b9], [0x2122, 0x2122],
];

const covered = (cp: number) => COVERED.some(([lo, hi]) => cp >= lo && cp <= hi);

/** The text with every character the bundled font lacks shown as "?" (one per code point). */
export function fontSafe(text: string): string {
  let out = "";
  for (const ch of text) out += covered(ch.codePointAt(0)!) ? ch : ch === "\n" || ch === "\t" ? " " : "?";
  return out;
}
