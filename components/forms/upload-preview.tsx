"use client";
// With JavaScript: small previews of the photos chosen, before uploading. Without it the form works the same.
import { useEffect, useState } from "react";

export function UploadPreview({ inputId, label }: { inputId: string; label: string }) {
  const [items, setItems] = useState<{ name: string; url: string | null }[]>([]);
  useEffect(() => {
    const input = document.getElementById(inputId) as HTMLInputElement | null;
    if (!input) return;
    let urls: string[] = [];
    const update = () => {
      urls.forEach((url) => URL.revokeObjectURL(url));
      const files = Array.from(input.files ?? []);
      const next = files.map((file) => ({
        name: file.name,
        url: file.type.startsWith("image/") ? URL.createObjectURL(file) : null,
      }));
      urls = next.flatMap((item) => (item.url ? [item.url] : []));
      setItems(next);
    };
    input.addEventListener("change", update);
    return () => {
      input.removeEventListener("change", update);
      urls.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [inputId]);
  if (items.length === 0) return null;
  return (
    <ul aria-label={label} className="mt-3 flex flex-wrap gap-2">
      {items.map((item, index) => (
        <li key={`${item.name}-${index}`} className="w-24 text-xs break-all">
          {item.url ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={item.url} alt={item.name} className="h-24 w-24 rounded border border-line object-cover" />
          ) : (
            <span className="flex h-24 w-24 items-center justify-center rounded border border-line bg-surface">
              PDF
            </span>
          )}
          <span className="mt-1 block">{item.name}</span>
        </li>
      ))}
    </ul>
  );
}
