"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/staff/login" })}
      className="min-h-11 rounded border-2 border-brand px-4 font-semibold text-brand"
    >
      Abmelden
    </button>
  );
}
