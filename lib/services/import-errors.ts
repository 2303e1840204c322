import { AppError } from "../errors";
import type { ImportError, ImportErrorCode } from "../import-export";

// The mapping docs/import-export.md suggests: the library's code stays in the body as `code`.
const APP_CODE: Record<ImportErrorCode, AppError["code"]> = {
  empty: "invalid",
  invalid_json: "invalid",
  too_large: "too_large",
  binary: "unsupported",
  not_a_part_list: "unprocessable",
  unsupported_format: "unprocessable",
  unsupported_version: "unprocessable",
  invalid_build: "unprocessable",
  invalid_catalog: "unprocessable",
};

export function importErrorToAppError(error: ImportError): AppError {
  return new AppError(APP_CODE[error.code], error.message, { code: error.code });
}
