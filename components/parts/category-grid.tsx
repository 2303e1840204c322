import Link from "next/link";
import { CATEGORIES, CATEGORY_LABELS } from "@/lib/parts/categories";

export function CategoryGrid({ counts }: { counts: Record<string, number> }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {CATEGORIES.filter((c) => (counts[c] ?? 0) > 0).map((category) => (
        <li key={category}>
          <Link
            href={`/parts/${category}`}
            className="flex h-full flex-col rounded-lg border border-zinc-200 p-3 hover:border-brand-500 hover:bg-brand-50 dark:border-zinc-800 dark:hover:bg-zinc-900"
          >
            <span className="font-medium">{CATEGORY_LABELS[category]}</span>
            <span className="text-sm text-zinc-600 dark:text-zinc-400">{counts[category]} parts</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
