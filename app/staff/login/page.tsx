import type { Metadata } from "next";
import { LoginForm } from "@/components/staff/login-form";
import { hasControlCharacters } from "@/lib/validation";

export const metadata: Metadata = { title: "Anmelden" };

export default async function StaffLoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> }) {
  const { callbackUrl, error } = await searchParams;
  // Only a plain path inside the staff area is followed after sign-in (a repeated parameter is no path).
  const target = typeof callbackUrl === "string" && callbackUrl.startsWith("/staff") && !hasControlCharacters(callbackUrl) ? callbackUrl : "/staff";
  return (
    <div className="max-w-md">
      <h1 className="text-2xl font-bold">Anmelden</h1>
      <p className="mt-2">Mit Ihrem Dienstkonto. Der Zugang ist für Mitarbeitende des Jobcenters.</p>
      <LoginForm callbackUrl={target} failed={error === "CredentialsSignin"} />
    </div>
  );
}
