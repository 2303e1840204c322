import Link from "next/link";
import { ThemeToggle } from "./theme-toggle";

const NAV = [
  { href: "/parts", label: "Catalog" },
  { href: "/builds/new", label: "New build" },
  { href: "/builds", label: "My builds" },
  { href: "/plan-for-model", label: "Model planner" },
  { href: "/import", label: "Import" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden="true" className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-xs font-bold text-white">DL</span>
          DL Box Planner
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-1 text-sm">
          {NAV.map((item) => (
            <Link key={item.href} href={item.href} className="whitespace-nowrap rounded-md px-2 py-1.5 text-zinc-700 sm:px-3 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800">
              {item.label}
            </Link>
          ))}
          <ThemeToggle />
        </nav>
      </div>
    </header>
  );
}
