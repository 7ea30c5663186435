// Sign-in and password pages share a narrow column.
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <div className="mx-auto w-full max-w-md">{children}</div>;
}
