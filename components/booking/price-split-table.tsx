import { useTranslations } from "next-intl";

import { formatCents } from "@/components/booking/format";

export type PriceSplitLine = {
  key: string;
  name: string;
  /** Category and age, shown under the name. */
  detail?: string;
  publicPriceCents: number;
  subsidyCents: number;
  memberShareCents: number;
};

export type PriceSplitTotals = Omit<PriceSplitLine, "key" | "name" | "detail">;

/** Caption and headings of the table, when a page words them differently from the member space. */
export type PriceSplitLabels = {
  caption: string;
  person: string;
  publicPrice: string;
  subsidy: string;
  memberShare: string;
  total: string;
};

/** Renders each participant's public price, subsidy (part COS) and member share, with totals. */
export function PriceSplitTable({
  lines,
  totals,
  labels,
}: {
  lines: PriceSplitLine[];
  totals: PriceSplitTotals;
  labels?: PriceSplitLabels;
}) {
  const t = useTranslations("booking.money");
  const text = labels ?? {
    caption: t("caption"),
    person: t("person"),
    publicPrice: t("publicPrice"),
    subsidy: t("subsidy"),
    memberShare: t("memberShare"),
    total: t("total"),
  };
  const amountCell = "whitespace-nowrap px-2 py-2 text-right tabular-nums";

  return (
    <div className="-mx-2 overflow-x-auto">
      <table className="w-full min-w-[18rem] border-collapse text-sm">
        <caption className="sr-only">{text.caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-xs text-slate-700">
            <th scope="col" className="px-2 py-2 font-semibold">
              {text.person}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">
              {text.publicPrice}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">
              {text.subsidy}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">
              {text.memberShare}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.key} className="border-b border-slate-200">
              <th scope="row" className="px-2 py-2 text-left font-medium">
                {line.name}
                {line.detail && (
                  <span className="block text-xs font-normal text-slate-600">{line.detail}</span>
                )}
              </th>
              <td className={amountCell}>{formatCents(line.publicPriceCents)}</td>
              <td className={amountCell}>{formatCents(line.subsidyCents)}</td>
              <td className={amountCell}>{formatCents(line.memberShareCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold">
            <th scope="row" className="px-2 py-2 text-left">
              {text.total}
            </th>
            <td className={amountCell}>{formatCents(totals.publicPriceCents)}</td>
            <td className={amountCell}>{formatCents(totals.subsidyCents)}</td>
            <td className={`${amountCell} text-brand-700`}>
              {formatCents(totals.memberShareCents)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
