// ESLint: Next.js's rules, TypeScript, and one env module (only lib/env.ts reads process.env in app
// code). Which imports are allowed between folders is checked by dependency-cruiser
// (.dependency-cruiser.cjs, `npm run lint:boundaries`), not here.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".data/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "read configuration through lib/env.ts" },
      ],
      // Citizen pages link with plain <a> on purpose: no client router, no prefetching on mobile data.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  {
    files: [
      "lib/env.ts",
      "scripts/**",
      "tests/**",
      "e2e/**",
      "*.config.*",
      "prisma/**",
      "benchmarks/**",
      "**/*.test.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
