import { z } from "zod";

// Newest first. 24.04 stays the default (see releases.ts for why), not the newest.
export const UBUNTU_RELEASES = ["26.04", "24.04", "22.04"] as const;
export const ENV_MANAGERS = ["conda", "uv"] as const;
export const FRAMEWORKS = ["pytorch", "tensorflow", "jax"] as const;

export type UbuntuRelease = (typeof UBUNTU_RELEASES)[number];
export type EnvManager = (typeof ENV_MANAGERS)[number];
export type FrameworkName = (typeof FRAMEWORKS)[number];

// Query strings deliver every value as a string ("1", "false"), forms deliver booleans.
const flag = z.union([
  z.boolean(),
  z.stringbool({ truthy: ["1", "true", "yes", "on"], falsy: ["0", "false", "no", "off"] }),
]);

const frameworkList = z
  .union([
    z.array(z.string()),
    // "pytorch,jax" from a query string; "" means "no frameworks", not "defaults".
    z.string().transform((s) => s.split(",")),
  ])
  .transform((items) => items.map((s) => s.trim().toLowerCase()).filter((s) => s.length > 0))
  .pipe(z.array(z.enum(FRAMEWORKS)).max(FRAMEWORKS.length * 4))
  // Canonical order and no duplicates, so equal choices give equal plans and scripts.
  .transform((list) => FRAMEWORKS.filter((f) => list.includes(f)));

export const provisionOptionsSchema = z.object({
  os: z.enum(UBUNTU_RELEASES).default("24.04"),
  env: z.enum(ENV_MANAGERS).default("conda"),
  frameworks: frameworkList.default(["pytorch"]),
  jupyter: flag.default(true),
  docker: flag.default(false),
  // Off by default: it turns off password logins, which some users still rely on.
  sshHardening: flag.default(false),
  // Driver without the X/GL desktop stack. Absent = decided by the plan: on when every NVIDIA
  // GPU is a data-centre card (no display outputs to drive).
  headless: flag.optional(),
});

export type ProvisionOptions = z.output<typeof provisionOptionsSchema>;
export type ProvisionOptionsInput = z.input<typeof provisionOptionsSchema>;

/** Reads options from URLSearchParams, keeping repeated keys (`frameworks=a&frameworks=b`). */
export function optionsFromSearchParams(params: URLSearchParams): ProvisionOptions {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    raw[key] = key === "frameworks" ? all.flatMap((v) => v.split(",")) : (all[0] ?? "");
  }
  return provisionOptionsSchema.parse(raw);
}
