// Tolerant readers for OpenDB JSON. OpenDB writes 0 or "" where a value is unknown, so the
// `positive` readers treat 0 as missing; use `count` only where 0 is a real answer.

export function at(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split(".")) {
    if (typeof current !== "object" || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A finite number above zero. */
export function positive(value: unknown, path: string): number | undefined {
  const v = at(value, path);
  return typeof v === "number" && Number.isFinite(v) && v > 0 ? v : undefined;
}

/** A positive whole number; fractional values are left for the spec schema to reject. */
export function positiveInt(value: unknown, path: string): number | undefined {
  return positive(value, path);
}

/** Watts and similar ratings where a fraction (12.5 W) carries no meaning for fit checks. */
export function roundedPositive(value: unknown, path: string): number | undefined {
  const v = positive(value, path);
  return v === undefined ? undefined : Math.max(1, Math.round(v));
}

/** A whole count where zero is meaningful (drive bays, connectors). */
export function count(value: unknown, path: string): number | undefined {
  const v = at(value, path);
  return typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : undefined;
}

export function text(value: unknown, path: string): string | undefined {
  const v = at(value, path);
  if (typeof v !== "string") return undefined;
  const trimmed = v.trim();
  return trimmed === "" ? undefined : trimmed;
}

export function bool(value: unknown, path: string): boolean | undefined {
  const v = at(value, path);
  return typeof v === "boolean" ? v : undefined;
}

export function texts(value: unknown, path: string): string[] | undefined {
  const v = at(value, path);
  if (!Array.isArray(v)) return undefined;
  const list = v.filter((s): s is string => typeof s === "string" && s.trim() !== "").map((s) => s.trim());
  return list.length > 0 ? list : undefined;
}

export function objects(value: unknown, path: string): Array<Record<string, unknown>> | undefined {
  const v = at(value, path);
  if (!Array.isArray(v)) return undefined;
  const list = v.filter((o): o is Record<string, unknown> => typeof o === "object" && o !== null && !Array.isArray(o));
  return list.length > 0 ? list : undefined;
}

/** Drops undefined values so an unknown field is absent, never present-but-empty. */
export function compact<T extends Record<string, unknown>>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Collects why fields were dropped or adjusted, for the import report. */
export type Notes = string[];
