"use client";

import type { OwnershipSetup } from "@/lib/ownership/setup";

/**
 * Shown instead of the break-even while some part has no price: a missing price would count as
 * free. Each unpriced line can be marked "already owned" (nothing to buy), or priced in the editor.
 */
export function UnpricedGate({ items, owned, onToggle, disabled }: {
  items: OwnershipSetup["unpricedItems"]; owned: ReadonlySet<string>; onToggle: (itemId: string, owned: boolean) => void; disabled: boolean;
}) {
  const open = items.filter((i) => !owned.has(i.itemId)).reduce((n, i) => n + Math.max(1, i.quantity), 0);
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950" data-testid="unpriced-gate">
      {open > 0 ? (
        <p className="font-semibold text-amber-900 dark:text-amber-200" role="status">
          No break-even yet: {open} part{open === 1 ? " has" : "s have"} no price, and counting {open === 1 ? "it" : "them"} as free would make the box pay off too early.
          Price {open === 1 ? "it" : "them"} in the editor, or tick what you already own.
        </p>
      ) : (
        <p className="text-amber-900 dark:text-amber-200">Every unpriced part is marked as already owned: it costs nothing to buy.</p>
      )}
      <fieldset>
        <legend className="sr-only">Parts without a price</legend>
        <ul className="space-y-1">
          {items.map((item) => (
            <li key={item.itemId}>
              <label className="flex items-center gap-2">
                <input type="checkbox" disabled={disabled} checked={owned.has(item.itemId)} onChange={(e) => onToggle(item.itemId, e.target.checked)} />
                <span>{item.quantity > 1 ? `${item.quantity} × ` : ""}{item.name}: already owned</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
