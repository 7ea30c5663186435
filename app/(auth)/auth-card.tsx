import type { ReactNode } from "react";

/** Frames a sign-in or password page in a white panel under its title. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-5 rounded-lg bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">{title}</h1>
      {children}
    </section>
  );
}
