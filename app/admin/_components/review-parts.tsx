// Building blocks of the review pages: the page frame, a definition list,
// the household context, a document's download link and the decision section.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { formatDateParis } from "@/lib/staff/format";
import { StatusBadge } from "./status-badge";

export function Facts({ items }: { items: { label: string; value: React.ReactNode }[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {items.map((item) => (
        <div key={item.label}>
          <dt className="text-sm text-slate-600">{item.label}</dt>
          <dd className="font-medium wrap-anywhere">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-3 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

type HouseholdSummary = {
  id: string;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  communeName: string;
  members: { id: string; firstName: string; lastName: string; employeeNumber: string }[];
};

export function formatAddress(household: Omit<HouseholdSummary, "id" | "members">) {
  return [
    household.addressLine1,
    household.addressLine2,
    `${household.postalCode} ${household.communeName}`,
  ]
    .filter(Boolean)
    .join(", ");
}

export async function HouseholdContext({ household }: { household: HouseholdSummary }) {
  const t = await getTranslations("admin");
  const names = household.members.map((member) => `${member.firstName} ${member.lastName}`);
  return (
    <Section title={t("household.title", { names: names.join(", ") })}>
      <Facts
        items={[
          { label: t("household.address"), value: formatAddress(household) },
          {
            label: t("household.members"),
            value: household.members
              .map((member) => `${member.firstName} ${member.lastName} (${member.employeeNumber})`)
              .join(", "),
          },
        ]}
      />
      <Link href={`/admin/households/${household.id}`} className="text-brand-700 underline">
        {t("review.householdLink")}
      </Link>
    </Section>
  );
}

type DocumentSummary = {
  id: string;
  type: string;
  year: number;
  status: string;
  originalName: string;
  rejectionReason: string | null;
  createdAt: Date;
};

/** Renders one document with its status and a link to the file, which opens in a new tab. */
export async function DocumentLine({ document }: { document: DocumentSummary }) {
  const t = await getTranslations("admin");
  return (
    <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:justify-between">
      <div>
        <p className="font-medium">
          {t(`documentTypes.${document.type}`)} {document.year}{" "}
          <StatusBadge status={document.status} />
        </p>
        <p className="text-sm text-slate-600">
          {t("inbox.receivedOn", { date: formatDateParis(document.createdAt) })}
          {document.rejectionReason
            ? ` · ${t("review.rejectionReason", { reason: document.rejectionReason })}`
            : ""}
        </p>
      </div>
      <a
        href={`/api/documents/${document.id}/file`}
        target="_blank"
        rel="noopener"
        className="text-brand-700 underline"
      >
        {t("review.download", { name: document.originalName })}
      </a>
    </div>
  );
}

/** Renders the notice shown instead of the decision forms once an item is decided. */
export async function AlreadyDecided({
  status,
  reason,
}: {
  status: string;
  reason: string | null;
}) {
  const t = await getTranslations("admin");
  return (
    <p role="status" className="rounded border border-slate-300 bg-slate-50 p-4">
      {t("review.alreadyDecided", { status: t(`status.${status}`) })}
      {reason ? ` ${t("review.rejectionReason", { reason })}` : ""}
    </p>
  );
}

export async function BackToInbox() {
  const t = await getTranslations("admin.review");
  return (
    <Link href="/admin" className="text-sm text-brand-700 underline">
      ← {t("back")}
    </Link>
  );
}

/** Renders a review page's frame: a link back to the inbox, the title and the item's status. */
export function ReviewPage({
  title,
  status,
  children,
}: {
  title: string;
  status: string;
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-5">
      <BackToInbox />
      <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold">
        {title}
        <StatusBadge status={status} />
      </h1>
      {children}
    </div>
  );
}

/** Renders the section listing an item's proofs, or a notice that there are none. */
export async function ProofsSection({ proofs }: { proofs: DocumentSummary[] }) {
  const t = await getTranslations("admin.review");
  return (
    <Section title={t("proofs")}>
      {proofs.length === 0 ? (
        <p className="text-slate-700">{t("noProof")}</p>
      ) : (
        <ul className="space-y-3">
          {proofs.map((proof) => (
            <li key={proof.id}>
              <DocumentLine document={proof} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/**
 * Renders the decision section of an item decided together with its proofs:
 * `children` (the decision forms) while it is pending, otherwise the decision
 * already made.
 */
export async function ProofDecisionSection({
  pending,
  status,
  rejectionReason,
  children,
}: {
  pending: boolean;
  status: string;
  rejectionReason: string | null;
  children: React.ReactNode;
}) {
  const t = await getTranslations("admin.review");
  return (
    <Section title={t("decisionTitle")}>
      {pending ? (
        <>
          <p className="text-sm text-slate-700">{t("proofsNote")}</p>
          {children}
        </>
      ) : (
        <AlreadyDecided status={status} reason={rejectionReason} />
      )}
    </Section>
  );
}
