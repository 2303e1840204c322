import type { ImportCurrency } from "./money";

/**
 * PCPartPicker's regional sites and the currency their lists are priced in. Canada, Australia
 * and New Zealand print a bare "$", so for those the site is the only currency signal.
 */
export const SITE_CURRENCY: Record<string, ImportCurrency> = {
  us: "USD",
  ca: "CAD",
  au: "AUD",
  nz: "NZD",
  uk: "GBP",
  in: "INR",
  se: "SEK",
  de: "EUR",
  fr: "EUR",
  es: "EUR",
  it: "EUR",
  nl: "EUR",
  be: "EUR",
  ie: "EUR",
};

const PCPP_URL = /https?:\/\/(?:([a-z]{2,3})\.)?pcpartpicker\.com\b/gi;

export interface SiteInfo {
  /** Subdomain ("ca", "uk"...), "us" for the bare domain or www; null when no PCPartPicker link. */
  site: string | null;
  currency: ImportCurrency | null;
  /** Subdomains seen that are not a known regional site. */
  unknown: string[];
}

/** Reads the site from the list URL, or failing that from any product link in the text. */
export function detectSite(text: string): SiteInfo {
  const unknown = new Set<string>();
  for (const match of text.matchAll(PCPP_URL)) {
    const sub = (match[1] ?? "us").toLowerCase();
    const site = sub === "www" ? "us" : sub;
    const currency = SITE_CURRENCY[site];
    if (currency) return { site, currency, unknown: [...unknown] };
    unknown.add(site);
  }
  return { site: null, currency: null, unknown: [...unknown] };
}
