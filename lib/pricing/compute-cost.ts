import type { ResolvedBuild, ResolvedItem } from "../builds/types";
import { CATEGORIES, type Category } from "../parts/categories";
import { taxCents } from "./tax";
import type { CategoryCost, CostLine, CostSummary } from "./types";

function nonNegativeInt(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

function costLine(item: ResolvedItem): CostLine {
  // Same reading as the compatibility and power engines: a bad quantity counts as none.
  const quantity = Number.isInteger(item.quantity) && item.quantity > 0 ? item.quantity : 0;
  const { id: itemId, part } = item;
  if (item.priceCents === null) {
    // No price, no line to discount: the discount waits until a price is entered.
    return {
      itemId, category: part.category, name: part.name, quantity,
      unitPriceCents: null, subtotalCents: null, discountCents: 0, totalCents: null, discountCapped: false,
    };
  }
  const unit = nonNegativeInt(item.priceCents);
  const subtotal = unit * quantity;
  const wanted = nonNegativeInt(item.discountCents);
  const discount = Math.min(wanted, subtotal);
  return {
    itemId, category: part.category, name: part.name, quantity,
    unitPriceCents: unit, subtotalCents: subtotal, discountCents: discount, totalCents: subtotal - discount,
    discountCapped: wanted > subtotal,
  };
}

export function computeCost(build: ResolvedBuild): CostSummary {
  const lines = build.items.map(costLine);
  const perCategory = new Map<Category, CategoryCost>();
  let subtotalCents = 0;
  let discountCents = 0;
  const unknownPriceItemIds: string[] = [];
  let unpricedPartCount = 0;

  for (const line of lines) {
    let cat = perCategory.get(line.category);
    if (cat === undefined) {
      cat = { category: line.category, totalCents: 0, pricedLineCount: 0, unknownPriceCount: 0 };
      perCategory.set(line.category, cat);
    }
    if (line.subtotalCents === null || line.totalCents === null) {
      unknownPriceItemIds.push(line.itemId);
      unpricedPartCount += line.quantity;
      cat.unknownPriceCount += 1;
      continue;
    }
    subtotalCents += line.subtotalCents;
    discountCents += line.discountCents;
    cat.totalCents += line.totalCents;
    cat.pricedLineCount += 1;
  }

  const taxableCents = subtotalCents - discountCents;
  const tax = taxCents(taxableCents, nonNegativeInt(build.taxMilliPct));
  const shippingCents = nonNegativeInt(build.shippingCents);
  const byCategory: CategoryCost[] = [];
  for (const category of CATEGORIES) {
    const cat = perCategory.get(category);
    if (cat !== undefined) byCategory.push(cat);
  }
  return {
    currency: build.currency,
    lines,
    subtotalCents,
    discountCents,
    taxableCents,
    shippingCents,
    taxCents: tax,
    totalCents: taxableCents + tax + shippingCents,
    byCategory,
    unknownPriceCount: unknownPriceItemIds.length,
    unknownPriceItemIds,
    unpricedPartCount,
  };
}
