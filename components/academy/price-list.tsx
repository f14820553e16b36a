import { formatMoney, type Prices } from "@/lib/store/prices";

/** A product's prices, one per currency. */
export function PriceList({ prices, locale }: { prices: Prices; locale: string }) {
  return (
    <ul className="flex flex-wrap gap-2">
      {Object.entries(prices).map(([currency, amount]) => (
        <li key={currency} className="rounded bg-slate-100 px-2 py-0.5 text-sm font-medium">
          {formatMoney(amount!, currency, locale)}
        </li>
      ))}
    </ul>
  );
}
