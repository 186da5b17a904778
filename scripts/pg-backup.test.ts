import { describe, expect, it } from "vitest";
import { chooseTools, filterRoleStatements, splitPassword } from "./pg-backup";

describe("chooseTools", () => {
  const found = [
    { folder: "/usr/lib/postgresql/15/bin", major: 15 },
    { folder: "/usr/lib/postgresql/17/bin", major: 17 },
    { folder: "/usr/bin", major: 16 },
  ];

  it("takes the lowest version that is at least the server's", () => {
    expect(chooseTools(15, found)).toBe("/usr/lib/postgresql/15/bin");
    expect(chooseTools(16, found)).toBe("/usr/bin");
  });

  it("finds none for a server newer than every tool", () => {
    expect(chooseTools(18, found)).toBeNull();
  });
});

describe("filterRoleStatements", () => {
  const dumpall = [
    "SET default_transaction_read_only = off;",
    "CREATE ROLE postgres;",
    "ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;",
    "CREATE ROLE zugang_owner;",
    "ALTER ROLE zugang_owner WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;",
    'CREATE ROLE "zugang app";',
    `ALTER ROLE "zugang app" WITH LOGIN PASSWORD 'SCRAM-SHA-256$4096:abc';`,
    "CREATE ROLE other_service;",
    'GRANT zugang_owner TO "zugang app" GRANTED BY postgres;',
    "GRANT zugang_owner TO other_service GRANTED BY postgres;",
  ].join("\n");

  it("keeps the statements of the portal's roles and their memberships among each other only", () => {
    expect(filterRoleStatements(dumpall, ["zugang_owner", "zugang app"])).toEqual([
      "CREATE ROLE zugang_owner;",
      "ALTER ROLE zugang_owner WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;",
      'CREATE ROLE "zugang app";',
      `ALTER ROLE "zugang app" WITH LOGIN PASSWORD 'SCRAM-SHA-256$4096:abc';`,
      'GRANT zugang_owner TO "zugang app" GRANTED BY postgres;',
    ]);
  });

  it("keeps nothing when the portal has no roles of its own", () => {
    expect(filterRoleStatements(dumpall, [])).toEqual([]);
  });
});

describe("splitPassword", () => {
  it("takes the password out of the connection string", () => {
    expect(splitPassword("postgresql://zugang:s%40cret@db:5432/zugang")).toEqual({
      url: "postgresql://zugang@db:5432/zugang",
      password: "s@cret",
    });
    expect(splitPassword("postgresql://postgres@127.0.0.1:5432/zugang").password).toBeUndefined();
  });
});
