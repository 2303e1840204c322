import type { OwnershipSetup } from "./setup";

/**
 * The lines that still stop the break-even: without a price and not marked "already owned". A
 * missing price would count as free and make the box pay for itself too early, so the panel
 * answers only once this is empty. Owned parts cost nothing to buy, which is what the total says.
 */
export function unpricedBlockers(setup: Pick<OwnershipSetup, "unpricedItems">, ownedItemIds: ReadonlySet<string>): OwnershipSetup["unpricedItems"] {
  return setup.unpricedItems.filter((item) => !ownedItemIds.has(item.itemId));
}
