// Shown with status 403 when a signed-in staff member opens a page their role is not allowed
// (staffPage() in lib/staff/door.ts calls forbidden()).
export default function StaffForbidden() {
  return (
    <>
      <h1 className="text-2xl font-bold">Kein Zugriff</h1>
      <p className="mt-2">Diese Seite ist für Ihre Rolle nicht freigegeben.</p>
      <p className="mt-4">
        <a href="/staff">Zur Übersicht</a>
      </p>
    </>
  );
}
