// Error summary at the top of a form (GOV.UK pattern): a heading and a link to each field in error.
// Server-rendered; role="alert" makes screen readers announce it when the page loads with errors.
export interface SummaryError {
  /** id of the input the link jumps to */
  fieldId: string;
  message: string;
}

export function ErrorSummary({ title, errors }: { title: string; errors: SummaryError[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" aria-labelledby="error-summary-title" tabIndex={-1} className="mb-6 border-4 border-accent p-4">
      <h2 id="error-summary-title" className="text-lg font-bold">
        {title}
      </h2>
      <ul className="mt-2 list-disc ps-5">
        {errors.map((error, index) => (
          <li key={`${error.fieldId}-${index}`}>
            <a href={`#${error.fieldId}`} className="font-semibold text-accent">
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
