import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";

import { ReadOnlyNotice } from "@/components/account/read-only-notice";
import { StatusBadge } from "@/components/account/status-badge";
import { UploadDocumentForm } from "@/components/account/upload-document-form";
import { getCurrentMembership } from "@/lib/account/membership";
import { requireAccountMember } from "@/lib/account/require-account-member";
import { currentYear } from "@/lib/dates";
import { db } from "@/lib/db";
import {
  listHouseholdDocuments,
  type HouseholdDocument,
} from "@/lib/documents/list-household-documents";
import { DOCUMENT_TYPES, personChoiceValue, uploadableYears } from "@/lib/documents/schemas";
import { getHousehold } from "@/lib/household/get-household";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.documents");
  return { title: t("title") };
}

export default async function DocumentsPage({
  searchParams,
}: {
  searchParams: Promise<{ type?: string | string[] }>;
}) {
  const actor = await requireAccountMember();
  const [documents, household, membership, params] = await Promise.all([
    listHouseholdDocuments(actor),
    getHousehold(actor),
    getCurrentMembership(db, actor.memberId),
    searchParams,
  ]);
  const canEdit = membership?.status === "ACTIVE";
  const t = await getTranslations("account");

  const initialType = DOCUMENT_TYPES.find((type) => type === params.type);
  const people = [
    { value: "household", label: t("documents.form.personHousehold") },
    ...household.members.map((member) => ({
      value: personChoiceValue({ memberId: member.id, dependantId: null }),
      label: t("documents.form.personMember", { name: `${member.firstName} ${member.lastName}` }),
    })),
    ...household.dependants.map((dependant) => ({
      value: personChoiceValue({ memberId: null, dependantId: dependant.id }),
      label: t("documents.form.personDependant", {
        name: `${dependant.firstName} ${dependant.lastName}`,
        relation: t(`relation.${dependant.relation}`),
      }),
    })),
  ];

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("documents.title")}</h1>
      <p className="text-slate-700">{t("documents.intro")}</p>
      {!canEdit && (
        <ReadOnlyNotice year={currentYear()} rejected={membership?.status === "REJECTED"} />
      )}

      {canEdit && (
        <section
          aria-labelledby="upload-title"
          className="space-y-4 rounded-lg bg-white p-5 shadow-sm"
        >
          <h2 id="upload-title" className="text-lg font-semibold">
            {t("documents.uploadTitle")}
          </h2>
          <UploadDocumentForm years={uploadableYears()} people={people} initialType={initialType} />
        </section>
      )}

      <section aria-labelledby="list-title" className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="list-title" className="text-lg font-semibold">
          {t("documents.listTitle")}
        </h2>
        {documents.length === 0 ? (
          <p className="text-sm text-slate-700">{t("documents.none")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {documents.map((document) => (
              <DocumentRow key={document.id} document={document} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

async function DocumentRow({ document }: { document: HouseholdDocument }) {
  const t = await getTranslations("account");
  const format = await getFormatter();
  const person = document.dependant ?? document.member;
  const typeLabel = t(`documentType.${document.type}`);

  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
      <div className="space-y-1">
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{typeLabel}</span>
          <StatusBadge status={document.status} label={t(`documentStatus.${document.status}`)} />
        </p>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-3 text-sm text-slate-700">
          <dt>{t("documents.columns.person")}</dt>
          <dd>{person ? `${person.firstName} ${person.lastName}` : t("documents.household")}</dd>
          <dt>{t("documents.columns.year")}</dt>
          <dd>{document.year}</dd>
          <dt>{t("documents.columns.date")}</dt>
          <dd>{format.dateTime(document.createdAt, { dateStyle: "long" })}</dd>
          <dt>{t("documents.columns.file")}</dt>
          <dd className="break-all">{document.originalName}</dd>
        </dl>
        {document.status === "REJECTED" && document.rejectionReason && (
          <p className="text-sm font-medium text-red-800">
            {t("rejectionReason", { reason: document.rejectionReason })}
          </p>
        )}
      </div>
      <a
        href={`/api/documents/${document.id}/file`}
        className="inline-flex min-h-11 items-center self-start rounded border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100"
        aria-label={t("documents.downloadLabel", { type: typeLabel, year: document.year })}
      >
        {t("documents.download")}
      </a>
    </li>
  );
}
