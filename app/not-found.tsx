// Shown for paths outside every locale and the staff area.
import { connection } from "next/server";

export default async function GlobalNotFound() {
  // Rendered per request, so that its scripts carry the request's nonce (Content-Security-Policy).
  await connection();
  return (
    <html lang="de">
      <body className="mx-auto max-w-2xl p-4">
        <main>
          <h1 className="text-2xl font-bold">Seite nicht gefunden</h1>
          <p className="mt-2">Diese Seite gibt es nicht.</p>
          <p className="mt-4">
            <a href="/">Zur Startseite</a>
          </p>
        </main>
      </body>
    </html>
  );
}
