// The worker process (npm start runs it beside the web server): message delivery and the nightly
// retention run, put together in lib/worker.
import { log } from "@/lib/log";
import { transportsFromEnv } from "@/lib/notifications";
import { startWorker } from "@/lib/worker";

const url = process.env.DATABASE_URL;
if (!url) {
  log().fatal("worker: DATABASE_URL is not set");
  process.exit(1);
}
const transports = transportsFromEnv();
const worker = await startWorker(url, transports, (line) => log().info(line));
log().info(`worker: delivering messages (e-mail: ${transports.email.deliveredTo}, SMS: ${transports.sms.deliveredTo})`);
// On SIGTERM the job in hand finishes (up to 10 s) or goes back to the queue for the next worker.
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  log().info("worker: stopping");
  await worker.stop();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
