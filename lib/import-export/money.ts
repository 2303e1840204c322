import type { Currency } from "../builds/draft";

/** Currencies an import can name: ours plus the other regional PCPartPicker sites. */
export type ImportCurrency = Currency | "NZD";

interface CurrencyInfo {
  /** Symbol PCPartPicker prints; CA$ and AU$ are printed as a bare "$" on their sites. */
  symbol: string;
  /** Printed after the number ("1,234.00 kr") rather than before. */
  suffix: boolean;
  /** Digits after the decimal point: amounts are stored in these minor units. */
  decimals: number;
}

export const CURRENCY_INFO: Record<ImportCurrency, CurrencyInfo> = {
  USD: { symbol: "$", suffix: false, decimals: 2 },
  CAD: { symbol: "$", suffix: false, decimals: 2 },
  AUD: { symbol: "$", suffix: false, decimals: 2 },
  NZD: { symbol: "$", suffix: false, decimals: 2 },
  EUR: { symbol: "€", suffix: false, decimals: 2 },
  GBP: { symbol: "£", suffix: false, decimals: 2 },
  JPY: { symbol: "¥", suffix: false, decimals: 0 },
  CHF: { symbol: "CHF ", suffix: false, decimals: 2 },
  SEK: { symbol: " kr", suffix: true, decimals: 2 },
  INR: { symbol: "₹", suffix: false, decimals: 2 },
};

/** Formats minor units as the plain number a spreadsheet reads ("1234.50", "-20.00"). */
export function formatDecimal(minor: number, currency: ImportCurrency): string {
  const { decimals } = CURRENCY_INFO[currency];
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  if (decimals === 0) return `${sign}${abs}`;
  const scale = 10 ** decimals;
  const whole = Math.floor(abs / scale);
  const frac = String(abs % scale).padStart(decimals, "0");
  return `${sign}${whole}.${frac}`;
}

/** Formats minor units the way PCPartPicker lists do: "$2,280.00", "-$20.00", "€1,234.56". */
export function formatMoney(minor: number, currency: ImportCurrency): string {
  const { symbol, suffix } = CURRENCY_INFO[currency];
  const [whole = "0", frac] = formatDecimal(Math.abs(minor), currency).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const number = frac === undefined ? grouped : `${grouped}.${frac}`;
  const sign = minor < 0 ? "-" : "";
  return suffix ? `${sign}${number}${symbol}` : `${sign}${symbol}${number}`;
}
