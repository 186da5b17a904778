// One LISTEN connection per app process on a PostgreSQL channel, shared by everyone in the process
// who wants its notifications: connected on first use, closed when nobody wants it any more, and
// connected again after it was lost (then `reconnected` runs, since what was announced meanwhile
// was missed). lib/live.ts (the staff screens) and lib/queue/listener.ts (the call displays) each
// keep one, with their own handlers.
import pg from "pg";
import { getEnv } from "@/lib/env";

export interface ListenerHandlers {
  /** a notification's payload on the channel */
  notified: (payload: string) => void;
  /** the connection is back after it was lost */
  reconnected: () => void;
  /** whether anyone still listens; a lost connection is made again only then */
  wanted: () => boolean;
}

export interface ChannelListener {
  /** Listens from the moment this resolves; a connection that cannot be made now is tried again later. */
  start(): Promise<void>;
  /** Closes the connection (the last one listening has gone). */
  stop(): void;
  /** For scripts and tests outside the app: listen on this database instead of DATABASE_URL's. */
  useDatabase(connectionString: string): void;
}

interface Connection {
  client: pg.Client | null;
  connecting: Promise<void> | null;
  connectionString: string | null;
}

// On globalThis: the server may load a module more than once, and there must be one connection per channel.
const globalConnections = globalThis as unknown as { zugangListeners?: Map<string, Connection> };
const connections = (globalConnections.zugangListeners ??= new Map());

const FIRST_RETRY_MS = 1000;
const RETRY_MS = 2000;

export function channelListener(
  channel: string,
  handlers: ListenerHandlers,
  { applicationName }: { applicationName?: string } = {},
): ChannelListener {
  // The channel is written into the LISTEN statement: a plain identifier only.
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  let state = connections.get(channel);
  if (!state) connections.set(channel, (state = { client: null, connecting: null, connectionString: null }));
  const connection = state;

  function connect(): Promise<void> {
    if (connection.client) return Promise.resolve();
    connection.connecting ??= (async () => {
      const connectionString = connection.connectionString ?? getEnv().DATABASE_URL;
      if (!connectionString) throw new Error("DATABASE_URL is not set");
      const client = new pg.Client({ connectionString, keepAlive: true, application_name: applicationName });
      const lost = () => {
        if (connection.client !== client) return;
        connection.client = null;
        client.end().catch(() => undefined);
        if (handlers.wanted()) setTimeout(() => void reconnect(), FIRST_RETRY_MS);
      };
      client.on("error", lost);
      client.on("end", lost);
      client.on("notification", (message) => {
        if (message.channel === channel && message.payload) handlers.notified(message.payload);
      });
      await client.connect();
      await client.query(`LISTEN ${channel}`);
      connection.client = client;
    })().finally(() => {
      connection.connecting = null;
    });
    return connection.connecting;
  }

  async function reconnect(): Promise<void> {
    try {
      await connect();
      handlers.reconnected();
    } catch {
      if (handlers.wanted()) setTimeout(() => void reconnect(), RETRY_MS);
    }
  }

  return {
    async start() {
      try {
        await connect();
      } catch {
        setTimeout(() => void reconnect(), RETRY_MS);
      }
    },
    stop() {
      const client = connection.client;
      if (!client) return;
      connection.client = null;
      void client.end().catch(() => undefined);
    },
    useDatabase(connectionString) {
      connection.connectionString = connectionString;
    },
  };
}
