export function SiteFooter() {
  return (
    <footer className="border-t border-zinc-200 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-6 sm:px-6">
        <p>Built-in parts carry specs from their manufacturers&apos; data sheets; prices are dated observations (launch MSRPs, retail listings, imported price lists) shown with their day.</p>
        <p>
          Imported catalog data: <a className="underline" href="https://github.com/buildcores/buildcores-open-db">BuildCores OpenDB</a> (ODC-By 1.0).
        </p>
      </div>
    </footer>
  );
}
