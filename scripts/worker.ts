// The worker process (npm start runs it beside the web server): message delivery and the nightly
// retention run, put together in lib/worker.
import { transportsFromEnv } from "@/lib/notifications";
import { startWorker } from "@/lib/worker";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("zugang worker: DATABASE_URL is not set");
  process.exit(1);
}
const transports = transportsFromEnv();
const worker = await startWorker(url, transports, (line) => console.log(`zugang ${line}`));
console.log(
  `zugang worker: delivering messages (e-mail: ${transports.email.deliveredTo}, SMS: ${transports.sms.deliveredTo})`,
);
const stop = async () => {
  await worker.stop();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
