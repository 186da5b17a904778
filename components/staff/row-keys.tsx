"use client";
// Keys for a list of rows with actions (the front desk's day): with the focus on a row's action,
// ↑ and ↓ move to the first action of the row above or below, and a letter runs the row's action
// marked with it (data-key="e" on "Einchecken"…). Without JavaScript every action is still a
// button or link in the tab order; the page explains the keys.
import { useEffect } from "react";

export function RowKeys({ regionId }: { regionId: string }) {
  useEffect(() => {
    const region = document.getElementById(regionId);
    if (!region) return;
    const rowsWithActions = () =>
      Array.from(region.querySelectorAll<HTMLTableRowElement>("tbody tr")).filter((row) =>
        row.querySelector("[data-key]"),
      );
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const row = target?.closest("tr");
      if (!target || !row || target.closest("input, select, textarea")) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        const rows = rowsWithActions();
        const next = rows[rows.indexOf(row) + (event.key === "ArrowDown" ? 1 : -1)];
        if (!next) return;
        event.preventDefault();
        next.querySelector<HTMLElement>("[data-key]")?.focus();
        return;
      }
      const action = row.querySelector<HTMLElement>(`[data-key="${CSS.escape(event.key.toLowerCase())}"]`);
      if (!action) return;
      event.preventDefault();
      action.click();
    };
    region.addEventListener("keydown", onKey);
    return () => region.removeEventListener("keydown", onKey);
  }, [regionId]);
  return null;
}
