/**
 * The subset of JSON Schema 2020-12 that docs/benchmark-result.schema.json uses, so tests can
 * check the published schema against the zod one without a validator dependency. Unknown
 * keywords are errors rather than silently ignored, so the subset cannot drift unnoticed.
 */
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  "$schema", "$id", "$defs", "title", "description", "format",
  "type", "const", "enum", "properties", "required", "additionalProperties", "items", "maxItems",
  "minimum", "maximum", "minLength", "maxLength", "pattern", "$ref", "allOf", "if", "then", "else",
]);

function typeOk(type: string, v: unknown): boolean {
  switch (type) {
    case "null": return v === null;
    case "boolean": return typeof v === "boolean";
    case "string": return typeof v === "string";
    case "integer": return Number.isInteger(v);
    case "number": return typeof v === "number" && Number.isFinite(v);
    case "array": return Array.isArray(v);
    case "object": return typeof v === "object" && v !== null && !Array.isArray(v);
    default: throw new Error(`Unsupported type ${type}`);
  }
}

export function validateJsonSchema(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const resolve = (ref: string): Schema => {
    const name = ref.replace(/^#\/\$defs\//, "");
    const def = (root.$defs as Record<string, Schema> | undefined)?.[name];
    if (!def) throw new Error(`Unresolved $ref ${ref}`);
    return def;
  };
  const check = (s: Schema, v: unknown, path: string): void => {
    for (const key of Object.keys(s)) if (!KNOWN.has(key)) throw new Error(`Unsupported keyword ${key}`);
    const err = (msg: string): void => {
      errors.push(`${path || "/"}: ${msg}`);
    };
    if (typeof s.$ref === "string") check(resolve(s.$ref), v, path);
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      if (!types.some((t) => typeOk(t, v))) return err(`not ${types.join("|")}`);
    }
    if ("const" in s && s.const !== v) err(`not ${JSON.stringify(s.const)}`);
    if (Array.isArray(s.enum) && !s.enum.includes(v)) err("not in enum");
    if (typeof v === "number") {
      if (typeof s.minimum === "number" && v < s.minimum) err(`below ${s.minimum}`);
      if (typeof s.maximum === "number" && v > s.maximum) err(`above ${s.maximum}`);
    }
    if (typeof v === "string") {
      if (typeof s.maxLength === "number" && [...v].length > s.maxLength) err("too long");
      if (typeof s.minLength === "number" && [...v].length < s.minLength) err("too short");
      if (typeof s.pattern === "string" && !new RegExp(s.pattern, "u").test(v)) err("pattern mismatch");
    }
    if (Array.isArray(v)) {
      if (typeof s.maxItems === "number" && v.length > s.maxItems) err("too many items");
      if (s.items) v.forEach((item, i) => check(s.items as Schema, item, `${path}/${i}`));
    }
    if (typeOk("object", v)) {
      const obj = v as Record<string, unknown>;
      const props = (s.properties ?? {}) as Record<string, Schema>;
      for (const key of (s.required ?? []) as string[]) if (!(key in obj)) err(`missing ${key}`);
      for (const [key, val] of Object.entries(obj)) {
        if (props[key]) check(props[key], val, `${path}/${key}`);
        else if (s.additionalProperties === false) err(`unexpected ${key}`);
      }
    }
    for (const sub of (s.allOf ?? []) as Schema[]) check(sub, v, path);
    if (s.if) {
      const before = errors.length;
      check(s.if as Schema, v, path);
      const matched = errors.length === before;
      errors.length = before;
      const branch = (matched ? s.then : s.else) as Schema | undefined;
      if (branch) check(branch, v, path);
    }
  };
  check(root, value, "");
  return errors;
}
