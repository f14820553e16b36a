import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A GET search form (the query lives in the URL, so results can be bookmarked and shared). */
export function SearchForm({ label, button, q }: { label: string; button: string; q: string }) {
  return (
    <form role="search" className="flex flex-wrap gap-2">
      <label htmlFor="q" className="sr-only">
        {label}
      </label>
      <Input id="q" name="q" type="search" defaultValue={q} placeholder={label} className="min-w-64 flex-1" />
      <Button>{button}</Button>
    </form>
  );
}
