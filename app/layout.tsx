// The citizen pages ([locale]) and the staff pages (staff) each render their own <html>.
import type { ReactNode } from "react";
import "./globals.css";

export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
