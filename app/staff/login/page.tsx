import type { Metadata } from "next";
import { LoginForm } from "@/components/staff/login-form";

export const metadata: Metadata = { title: "Anmelden" };

export default async function StaffLoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  // Only paths inside the staff area are followed after sign-in.
  const target = callbackUrl?.startsWith("/staff") ? callbackUrl : "/staff";
  return (
    <div className="max-w-md">
      <h1 className="text-2xl font-bold">Anmelden</h1>
      <p className="mt-2">Mit Ihrem Dienstkonto. Der Zugang ist für Mitarbeitende des Jobcenters.</p>
      <LoginForm callbackUrl={target} failed={error === "CredentialsSignin"} />
    </div>
  );
}
