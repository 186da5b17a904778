// ESLint: Next.js's rules, TypeScript, and the house's one-way imports (lib never imports app or
// components) and one env module (only lib/env.ts reads process.env in app code).
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", ".data/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./lib", from: "./app", message: "lib/ must not depend on app/" },
            { target: "./lib", from: "./components", message: "lib/ must not depend on components/" },
            { target: "./components", from: "./app", message: "components/ must not depend on app/" },
          ],
        },
      ],
      "import/no-cycle": "error",
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "read configuration through lib/env.ts" }],
      // Citizen pages link with plain <a> on purpose: no client router, no prefetching on mobile data.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  {
    files: ["lib/env.ts", "scripts/**", "tests/**", "e2e/**", "*.config.*", "prisma/**", "benchmarks/**", "**/*.test.ts"],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
