// Typed failures for every import entry point; API routes map each code to a 4xx.
export const IMPORT_ERROR_CODES = [
  "empty",
  "too_large",
  "binary",
  "not_a_part_list",
  "invalid_json",
  "unsupported_format",
  "unsupported_version",
  "invalid_build",
  "invalid_catalog",
] as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportError {
  code: ImportErrorCode;
  message: string;
}

export interface ImportFailure {
  ok: false;
  error: ImportError;
}

export function importFailure(code: ImportErrorCode, message: string): ImportFailure {
  return { ok: false, error: { code, message } };
}
