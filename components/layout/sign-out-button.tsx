"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="text-slate-700 hover:underline"
      onClick={() => signOut({ callbackUrl: "/" })}
    >
      {label}
    </button>
  );
}
