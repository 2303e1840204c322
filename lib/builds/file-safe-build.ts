import { fileSafeDeep } from "../text/file-safe";
import type { ResolvedBuild } from "./types";

const MULTILINE = new Set(["notes"]);

/**
 * The build with every name, note and spec string passed through the file sanitiser, for the
 * renderers of files (exports, checklist, benchmark script). New builds already pass it (the
 * create schema refuses what it would remove); builds stored before that may not.
 */
export function fileSafeBuild(build: ResolvedBuild): ResolvedBuild {
  return fileSafeDeep(build, MULTILINE);
}
