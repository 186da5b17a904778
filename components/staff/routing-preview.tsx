// The preview of a routing draft: for one person, the options the portal shows now and after the
// change, each with the reason the citizen reads; then how many request type × preference
// combinations change, and the changes themselves.

export interface PreviewOption {
  channel: string;
  label: string;
  reason: string;
}

export interface RoutingPreviewProps {
  personLine: string;
  currentVersion: number;
  before: PreviewOption[];
  after: PreviewOption[];
  summary: { combinations: number; changed: { label: string; before: string; after: string; firstChanged: boolean }[] };
  changes: string[];
}

function Options({ id, title, options }: { id: string; title: string; options: PreviewOption[] }) {
  return (
    <section aria-labelledby={id} className="rounded border border-line p-3">
      <h3 id={id} className="font-bold">
        {title}
      </h3>
      <ol className="mt-2 list-decimal ps-5">
        {options.map((option) => (
          <li key={option.channel} className="mb-2">
            <span className="font-semibold">{option.label}</span>
            <span className="block text-muted">{option.reason}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function RoutingPreview({ personLine, currentVersion, before, after, summary, changes }: RoutingPreviewProps) {
  const firstChanged = summary.changed.filter((change) => change.firstChanged).length;
  return (
    <section aria-labelledby="preview-heading" className="mt-6 border-s-4 border-brand bg-surface p-4">
      <h2 id="preview-heading" className="text-xl font-bold">
        Vorschau
      </h2>
      <p className="mt-1">{personLine}</p>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <Options id="preview-before" title={`Jetzt (Version ${currentVersion})`} options={before} />
        <Options id="preview-after" title="Nach der Änderung" options={after} />
      </div>
      <p className="mt-4 font-semibold" id="preview-summary">
        Geänderte Kombinationen aus Anliegen und Haltung: {summary.changed.length} von {summary.combinations} in der
        Reihenfolge, davon {firstChanged} mit anderer Empfehlung (erster Weg).
      </p>
      <p className="text-muted">
        Gerechnet für die Lage der Person oben (Hilfe, Geräte, Sprache, Entfernung, Notlage).
      </p>
      {summary.changed.length > 0 ? (
        <ul className="mt-2 list-disc ps-5">
          {summary.changed.map((change) => (
            <li key={change.label}>
              {change.label}: {change.before} wird {change.after}
              {change.firstChanged ? " (andere Empfehlung)" : ""}
            </li>
          ))}
        </ul>
      ) : null}
      <h3 className="mt-4 font-bold">Änderungen gegenüber Version {currentVersion}</h3>
      {changes.length > 0 ? (
        <ul className="mt-1 list-disc ps-5">
          {changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-1">Keine: Der Entwurf gleicht der Version in Kraft.</p>
      )}
    </section>
  );
}
