import { specRows } from "@/lib/parts/spec-format";
import { specKeys } from "@/lib/parts/spec-keys";
import type { Part } from "@/lib/parts/types";

export function SpecTable({ part }: { part: Part }) {
  const rows = specRows(part.specs as Record<string, unknown>, specKeys(part.category));
  return (
    <table className="w-full max-w-2xl text-sm" data-testid="spec-table">
      <caption className="sr-only">Specifications</caption>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="w-1/2 py-2 pr-4 text-left font-medium text-zinc-600 dark:text-zinc-400">{row.label}</th>
            <td className="py-2">{row.value ?? <span className="text-zinc-600 dark:text-zinc-400 italic">unknown</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
