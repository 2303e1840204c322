/** A CUDA compute capability such as 6.1 (major 6, minor 1). */
export interface Cc {
  major: number;
  minor: number;
}

export function parseCc(text: string): Cc | null {
  const match = /^(\d{1,2})\.(\d)$/.exec(text.trim());
  if (!match) return null;
  return { major: Number(match[1]), minor: Number(match[2]) };
}

export function ccText(cc: Cc): string {
  return `${cc.major}.${cc.minor}`;
}

/** "sm_61": the name nvcc and framework docs use. */
export function smName(cc: Cc): string {
  return `sm_${cc.major}${cc.minor}`;
}

/** "sm_61", or "sm_50/sm_52" while the exact capability is unknown. */
export function smLabel(ccs: readonly Cc[]): string {
  return ccs.map(smName).join("/");
}

export function compareCc(a: Cc, b: Cc): number {
  return a.major - b.major || a.minor - b.minor;
}

/** GPU code shipped in a binary: SASS for exact targets, PTX the driver can JIT-compile. */
export interface GpuCode {
  sass: readonly string[];
  ptx: readonly string[];
}

export interface Match {
  via: "sass" | "ptx";
  /** The build target the device actually runs, e.g. "6.0" for a 6.1 card. */
  target: string;
}

/**
 * CUDA binary compatibility: SASS built for X.y runs on X.z with z >= y (same major only);
 * PTX built for X.y is JIT-compiled on any device of X.y or newer.
 */
export function runsOn(code: GpuCode, cc: Cc): Match | null {
  // The closest fitting target is the code the CUDA runtime actually loads.
  const closest = (targets: readonly string[], sameMajor: boolean): string | undefined => {
    let best: Cc | null = null;
    for (const target of targets) {
      const t = parseCc(target);
      if (!t || compareCc(t, cc) > 0 || (sameMajor && t.major !== cc.major)) continue;
      if (!best || compareCc(t, best) > 0) best = t;
    }
    return best ? ccText(best) : undefined;
  };
  const sass = closest(code.sass, true);
  if (sass) return { via: "sass", target: sass };
  const ptx = closest(code.ptx, false);
  return ptx ? { via: "ptx", target: ptx } : null;
}
