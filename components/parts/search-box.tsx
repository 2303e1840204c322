export function SearchBox({ action, defaultValue, hidden = {} }: { action: string; defaultValue: string; hidden?: Record<string, string> }) {
  return (
    <form action={action} method="get" role="search" className="flex max-w-xl gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="q" className="sr-only">Search parts</label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Search by brand, model, socket, architecture…"
        className="w-full rounded-md border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
      />
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">Search</button>
    </form>
  );
}
