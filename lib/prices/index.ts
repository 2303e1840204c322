// Prices as observations: reference prices of the curated catalog, retailers' price lists, the
// current price of a part and its history. Pure; lib/db/price-observations.ts stores them.
export { PRICE_SOURCES, PRICE_SOURCE_LABELS, type PriceObservation, type PriceSource } from "./types";
export { newestObservation } from "./newest";
export { formatObservedDay, observedDay, parseObservedAt } from "./observed-at";
export { referenceObservations, referencePricesSchema, type ReferencePrice } from "./reference-prices";
export { parsePriceList, parsePrice, PRICE_LIST_COLUMNS, type PriceListRow, type RowProblem } from "./price-list-csv";
export { createRowMatcher, normalizePartNumber, type PricedPart, type RowMatch } from "./match-price-rows";
export { priceHistory, MAX_SERIES, type PriceHistory, type RetailerSeries } from "./history";
