// Public API of the import/export library; API routes and pages import from here only.
export { exportMarkdown, type MarkdownExportOptions } from "./export-markdown";
export { exportText, type TextExportOptions } from "./export-text";
export { exportJson, toBuildJson } from "./export-json";
export { exportCsv, CSV_HEADER } from "./export-csv";
export { exportFileName, EXPORT_CONTENT_TYPES, EXPORT_FORMATS, type ExportFormat } from "./file-names";
export { APP_NAME } from "./export-rows";
export { formatMoney, formatDecimal, CURRENCY_INFO, type ImportCurrency } from "./money";
export { parseMoney } from "./parse-money";
export { formatGeneratedAt } from "./generated-at";

export { BUILD_JSON_FORMAT, BUILD_JSON_VERSION, buildJsonV1Schema, type BuildJsonV1, type PartSnapshot } from "./build-json";
export { importBuildJson, replaceMissingParts, type ImportedBuildJson } from "./import-json";

export { parsePcPartPickerList, type ParseResult, type ParsedList, type ParsedListItem, type ParsedAdjustments } from "./pcpp-parse";
export { SITE_CURRENCY, detectSite } from "./pcpp-site";
export { PCPP_LABEL, categoryForType } from "./pcpp-types";
export { matchParts, createPartMatcher, MATCH_THRESHOLD, type CatalogEntry, type PartMatch, type MatchCandidate } from "./match-parts";
export { applyImportChoices, buildImportPreview, previewToDraft, type ImportChoice, type ImportPreview, type ImportPreviewItem } from "./import-preview";

export { mapOpenDbPart, OPENDB_CATEGORIES, OPENDB_CATEGORY_MAP, type OpenDbCategory, type OpenDbPart, type OpenDbMapResult } from "./opendb/map-part";
export { parseCatalogFile, MAX_CATALOG_BYTES, type CatalogFileFormat, type CatalogFileResult, type CatalogRowError } from "./catalog-file";
export { CATALOG_CSV_COLUMNS } from "./catalog-csv";
export type { CatalogRow, CatalogPartEntry, CatalogPriceUpdate } from "./catalog-entry";

export { checkImportText, MAX_IMPORT_BYTES } from "./input-guard";
export { IMPORT_ERROR_CODES, type ImportError, type ImportErrorCode, type ImportFailure } from "./errors";
