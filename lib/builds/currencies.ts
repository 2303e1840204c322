// Kept free of zod so client components can import it without pulling the schema library.
export const CURRENCIES = ["USD", "EUR", "GBP", "CAD", "AUD", "JPY", "CHF", "SEK", "INR"] as const;
export type Currency = (typeof CURRENCIES)[number];
