// What a staff post left to say on the page it led back to: a status message, or an alert for a problem.
export function StaffNotice({ tone, children }: { tone: "done" | "problem"; children: React.ReactNode }) {
  return tone === "done" ? (
    <p role="status" className="mt-4 border-s-4 border-brand bg-surface p-3">
      {children}
    </p>
  ) : (
    <p role="alert" className="mt-4 border-s-4 border-accent bg-surface p-3 font-semibold">
      {children}
    </p>
  );
}
