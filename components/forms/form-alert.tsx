/** Renders a message for the whole form: an error (role alert) or a success (role status). */
export function FormAlert({ kind, message }: { kind: "error" | "success"; message?: string }) {
  if (!message) return null;
  const styles =
    kind === "error"
      ? "border-red-300 bg-red-50 text-red-800"
      : "border-green-300 bg-green-50 text-green-800";
  return (
    <div
      role={kind === "error" ? "alert" : "status"}
      className={`rounded border px-4 py-3 text-sm ${styles}`}
    >
      {message}
    </div>
  );
}
