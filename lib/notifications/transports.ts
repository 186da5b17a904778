// How a queued message leaves the portal. E-mail goes through nodemailer when SMTP_URL is set; SMS
// through an HTTP gateway when SMS_GATEWAY_URL is set. Without either, messages stay in the local
// outbox (the notification_outbox table), where staff and developers can read them.
import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import { getEnv } from "@/lib/env";
import type { FileAttachment } from "./attachments";

export interface OutboxMessage {
  id: string;
  kind: string;
  transport: string;
  recipient: string;
  subject: string;
  body: string;
  attachments: FileAttachment[];
}

/** One way out. `deliveredTo` says where the message went ("smtp", "sms-gateway", "local outbox"). */
export interface Transport {
  readonly deliveredTo: string;
  send(message: OutboxMessage): Promise<void>;
}

export class EmailTransport implements Transport {
  readonly deliveredTo = "smtp";
  constructor(
    private readonly mailer: Transporter,
    private readonly from: string,
  ) {}

  async send(message: OutboxMessage): Promise<void> {
    await this.mailer.sendMail({
      from: this.from,
      to: message.recipient,
      subject: message.subject,
      text: message.body,
      attachments: message.attachments.map((file) => ({
        filename: file.filename,
        contentType: file.contentType,
        content: file.content,
      })),
    });
  }
}

/** SMS through a gateway that accepts POST { to, text } as JSON (most providers offer such an endpoint). */
export class HttpSmsTransport implements Transport {
  readonly deliveredTo = "sms-gateway";
  constructor(
    private readonly url: string,
    private readonly token?: string,
  ) {}

  async send(message: OutboxMessage): Promise<void> {
    const text = `${message.subject}\n${message.body.split("\n\n")[0]}`.slice(0, 459);
    const response = await fetch(this.url, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ to: message.recipient, text }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
  }
}

/** Keeps the message in the outbox table only: nothing leaves the machine. */
export class LocalOutboxTransport implements Transport {
  readonly deliveredTo = "local outbox";
  async send(): Promise<void> {}
}

export type Transports = Record<"email" | "sms", Transport>;

export function transportsFromEnv(): Transports {
  const env = getEnv();
  const local = new LocalOutboxTransport();
  return {
    email: env.SMTP_URL ? new EmailTransport(nodemailer.createTransport(env.SMTP_URL), env.MAIL_FROM) : local,
    sms: env.SMS_GATEWAY_URL ? new HttpSmsTransport(env.SMS_GATEWAY_URL, env.SMS_GATEWAY_TOKEN) : local,
  };
}
