import { buildFileSlug } from "../builds/file-slug";

/** A file name that is safe in any shell, URL or Content-Disposition header: "<slug>-setup.sh". */
export function scriptFileName(buildName: string): string {
  return `${buildFileSlug(buildName)}-setup.sh`;
}
