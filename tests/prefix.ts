// Test databases are named <prefix>_<label>_<random>; TEST_DB_PREFIX lets several checkouts share
// one server without dropping each other's databases.
export function testDatabasePrefix(): string {
  const prefix = process.env.TEST_DB_PREFIX ?? "zt";
  if (!/^[a-z][a-z0-9]{0,10}$/.test(prefix)) throw new Error("TEST_DB_PREFIX must be a short lowercase word");
  return prefix;
}
