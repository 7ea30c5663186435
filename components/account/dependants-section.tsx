"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { ArchiveDependantButton } from "@/components/account/archive-dependant-button";
import { DependantForm } from "@/components/account/dependant-form";
import { NewChildForm } from "@/components/account/new-child-form";
import { StatusBadge } from "@/components/account/status-badge";
import { FormAlert } from "@/components/forms/form-alert";
import type { DependantInput } from "@/lib/household/schemas";

export type DependantItem = {
  id: string;
  status: "PENDING" | "VALIDATED" | "REJECTED";
  rejectionReason: string | null;
  /** Birth date as "14/03/2015", for display. */
  birthDateLabel: string;
  values: DependantInput;
};

type Editing = { kind: "spouse" } | { kind: "child" } | { kind: "edit"; id: string } | null;

/** Lists the household's dependants with their review status, and opens the forms that change them. */
export function DependantsSection({
  dependants,
  canEdit,
}: {
  dependants: DependantItem[];
  canEdit: boolean;
}) {
  const t = useTranslations("account");
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<string>();
  const hasSpouse = dependants.some((dependant) => dependant.values.relation === "SPOUSE");

  function done(text: string) {
    setEditing(null);
    setMessage(text);
  }
  function open(next: Editing) {
    setMessage(undefined);
    setEditing(next);
  }

  return (
    <div className="space-y-4">
      <FormAlert kind="success" message={message} />
      {dependants.length === 0 ? (
        <p className="text-sm text-slate-700">{t("household.dependants.none")}</p>
      ) : (
        <ul className="space-y-3">
          {dependants.map((dependant) => {
            const name = `${dependant.values.firstName} ${dependant.values.lastName}`;
            const isEditing = editing?.kind === "edit" && editing.id === dependant.id;
            return (
              <li key={dependant.id} className="rounded border border-slate-200 p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="font-semibold">{name}</h3>
                  <span className="text-sm text-slate-600">
                    {t(`relation.${dependant.values.relation}`)}
                  </span>
                  <StatusBadge
                    status={dependant.status}
                    label={t(`dependantStatus.${dependant.status}`)}
                  />
                </div>
                <p className="mt-1 text-sm text-slate-700">
                  {t("household.dependants.born", { date: dependant.birthDateLabel })}
                  {dependant.values.disability && <> · {t("household.dependants.disability")}</>}
                </p>
                {dependant.values.notes && (
                  <p className="mt-1 text-sm text-slate-700">
                    {t("household.dependants.notes", { notes: dependant.values.notes })}
                  </p>
                )}
                {dependant.status === "PENDING" && (
                  <p className="mt-1 text-sm text-slate-600">
                    {t("household.dependants.pendingHelp")}
                  </p>
                )}
                {dependant.status === "REJECTED" && dependant.rejectionReason && (
                  <p className="mt-1 text-sm font-medium text-red-800">
                    {t("rejectionReason", { reason: dependant.rejectionReason })}
                  </p>
                )}
                {canEdit && !isEditing && (
                  <div className="mt-3 flex flex-wrap items-center gap-3">
                    <button
                      type="button"
                      onClick={() => open({ kind: "edit", id: dependant.id })}
                      className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
                      aria-label={t("household.dependants.editTitle", { name })}
                    >
                      {t("household.dependants.edit")}
                    </button>
                    <ArchiveDependantButton id={dependant.id} name={name} onDone={done} />
                  </div>
                )}
                {isEditing && (
                  <div className="mt-3">
                    <DependantForm
                      dependant={{
                        id: dependant.id,
                        status: dependant.status,
                        values: dependant.values,
                      }}
                      onDone={done}
                      onCancel={() => setEditing(null)}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}

      {canEdit && editing?.kind === "spouse" && (
        <section aria-labelledby="new-spouse-title" className="space-y-2">
          <h3 id="new-spouse-title" className="font-semibold">
            {t("household.dependantForm.newSpouseTitle")}
          </h3>
          <DependantForm dependant={null} onDone={done} onCancel={() => setEditing(null)} />
        </section>
      )}
      {canEdit && editing?.kind === "child" && (
        <section aria-labelledby="new-child-title" className="space-y-2">
          <h3 id="new-child-title" className="font-semibold">
            {t("household.dependantForm.newChildTitle")}
          </h3>
          <NewChildForm onDone={done} onCancel={() => setEditing(null)} />
        </section>
      )}
      {canEdit && editing === null && (
        <div className="flex flex-wrap gap-3">
          {!hasSpouse && (
            <button
              type="button"
              onClick={() => open({ kind: "spouse" })}
              className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
            >
              {t("household.dependants.addSpouse")}
            </button>
          )}
          <button
            type="button"
            onClick={() => open({ kind: "child" })}
            className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            {t("household.dependants.addChild")}
          </button>
        </div>
      )}
      {canEdit && hasSpouse && editing === null && (
        <p className="text-sm text-slate-600">{t("household.dependants.spouseDeclared")}</p>
      )}
    </div>
  );
}
