/**
 * Static bash text. Interpolation is a type error (values: never[]), so nothing dynamic can
 * slip in unquoted; write bash's `${x}` as `$\{x}` and backslashes as they should appear.
 */
export function bash(strings: TemplateStringsArray, ...values: never[]): string {
  if (values.length > 0) throw new Error("bash`` blocks are static; quote dynamic values with shQuote");
  return strings.raw.join("").replace(/\$\\\{/g, "${").replace(/^\n/, "");
}

/** A bash function from already-safe body lines. */
export function shFunction(name: string, body: readonly string[]): string[] {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a bash function name: ${name}`);
  return [`${name}() {`, ...body.map((line) => (line === "" ? "" : `  ${line}`)), "}", ""];
}

/** Splits a long argument list over continuation lines, each ending in exactly " \\". */
export function continued(head: string, args: readonly string[]): string[] {
  if (args.length === 0) return [head];
  return [`${head} \\`, ...args.map((arg, i) => `  ${arg}${i < args.length - 1 ? " \\" : ""}`)];
}

/** 32-bit FNV-1a as 8 hex digits: a stable tag for step markers that change with their content. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
