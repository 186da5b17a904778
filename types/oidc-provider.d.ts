// The part of "oidc-provider" (panva's OpenID Provider) the single sign-on spec runs: a provider with
// its clients, keys and accounts, listening on a port of its own.
declare module "oidc-provider" {
  import type { Server } from "node:http";

  export interface ClientMetadata {
    client_id: string;
    client_secret?: string;
    redirect_uris: string[];
    grant_types?: string[];
    response_types?: string[];
  }
  export interface Account {
    accountId: string;
    claims(): Record<string, unknown> | Promise<Record<string, unknown>>;
  }
  export interface Configuration {
    clients?: ClientMetadata[];
    jwks?: { keys: Record<string, unknown>[] };
    cookies?: { keys: string[] };
    claims?: Record<string, string[]>;
    pkce?: { required?: () => boolean };
    conformIdTokenClaims?: boolean;
    findAccount?: (context: unknown, id: string) => Account | undefined | Promise<Account | undefined>;
  }
  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    listen(port: number): Server;
  }
}
