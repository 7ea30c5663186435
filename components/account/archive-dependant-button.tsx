"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { archiveDependantAction } from "@/app/account/household/actions";

/** Removes a dependant after an inline confirmation (the row is archived, not deleted). */
export function ArchiveDependantButton({
  id,
  name,
  onDone,
}: {
  id: string;
  name: string;
  onDone: (message: string) => void;
}) {
  const t = useTranslations("account.household.dependants");
  const tErrors = useTranslations("errors");
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function archive() {
    startTransition(async () => {
      setError(undefined);
      try {
        const result = await archiveDependantAction(id);
        if (result.ok) onDone(t("removed", { name }));
        else setError(result.message);
      } catch {
        setError(tErrors("unexpected"));
      }
    });
  }

  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className="rounded border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50"
      >
        {t("remove")}
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-label={t("remove")}
      className="w-full space-y-2 rounded border border-red-200 bg-red-50 p-3 text-sm"
    >
      <p>{t("removeConfirm", { name })}</p>
      {error && (
        <p role="alert" className="font-medium text-red-800">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={archive}
          disabled={pending}
          aria-busy={pending}
          className="rounded bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800 disabled:opacity-60"
        >
          {pending ? t("removing") : t("removeConfirmButton")}
        </button>
        <button
          type="button"
          onClick={() => setConfirming(false)}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100"
        >
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
