import type { Category } from "../parts/categories";
import type { ImportCurrency } from "./money";
import type { ParsedPrice } from "./pcpp-price";
import type { ParsedListItem } from "./pcpp-model";

export interface PricedRow {
  line: number;
  typeLabel: string;
  category: Category;
  /** Our exports' "Discount" rows: they belong to the item row just above. */
  discount: boolean;
  name: string;
  url: string | null;
  price: ParsedPrice | null;
  currency: ImportCurrency;
}

// PCPartPicker appends "(2-Way SLI)" / "(3-Way CrossFire)" to each of the repeated rows of a
// multi-GPU setup. It is not part of the product name, so it is removed before matching.
// Matched against the trimmed name: a leading \s* here would be retried from every space.
const MULTI_GPU = /\((\d+)-Way\s+(?:SLI|CrossFire|NVLink)\)$/i;

interface Group {
  item: ParsedListItem;
  rows: number;
  ways: number;
}

/**
 * Identical rows (same type, name, price, retailer) become one item whose quantity is the row
 * count, as PCPartPicker writes quantity 2 as two rows. A lone row marked "(N-Way SLI)" gets
 * quantity N, since the suffix states how many cards there are.
 */
export function collapseRows(rows: PricedRow[], warnings: string[]): ParsedListItem[] {
  const groups = new Map<string, Group>();
  let previous: Group | null = null;
  for (const row of rows) {
    if (row.discount) {
      if (!previous || row.price?.minor == null) {
        warnings.push(`Line ${row.line}: discount row without a priced part above it, ignored.`);
      } else {
        previous.item.discountCents = (previous.item.discountCents ?? 0) + Math.abs(row.price.minor);
      }
      continue;
    }
    const trimmed = row.name.trim();
    const ways = MULTI_GPU.exec(trimmed);
    const name = (ways ? trimmed.slice(0, ways.index) : trimmed).trim() || row.typeLabel;
    const price = row.price;
    const key = JSON.stringify([row.typeLabel.toLowerCase(), name, price?.minor ?? null, row.currency, price?.retailer ?? "", !!price?.purchased]);
    let group = groups.get(key);
    if (!group) {
      const item: ParsedListItem = {
        category: row.category,
        typeLabel: row.typeLabel,
        name,
        priceCents: price?.minor ?? null,
        currency: row.currency,
        quantity: 0,
        ...(price?.retailer ? { retailer: price.retailer } : {}),
        ...(price?.purchased ? { purchased: true } : {}),
        ...(row.url ? { url: row.url } : {}),
      };
      group = { item, rows: 0, ways: 0 };
      groups.set(key, group);
    }
    group.rows += 1;
    group.ways = Math.max(group.ways, Number(ways?.[1] ?? 0));
    previous = group;
  }
  return [...groups.values()].map((group) => {
    if (group.ways > group.rows) {
      warnings.push(`"${group.item.name}": quantity ${group.ways} taken from "(${group.ways}-Way)" (the list has ${group.rows} row(s)).`);
    }
    return { ...group.item, quantity: Math.max(group.rows, group.ways) };
  });
}
