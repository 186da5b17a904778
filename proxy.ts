// Locale routing for the citizen pages; staff pages, the API and static files are left alone.
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|staff|_next|_vercel|.*\\..*).*)"],
};
