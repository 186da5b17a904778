// A call display as the browser runs it (components/queue/live-display.tsx uses EventSource): it
// reads the event stream, and when the stream breaks it waits the server's retry hint and
// connects again. Like EventSource it gives up when an attempt is answered with anything but
// 200 and an event stream (a 502 from nginx, a 404): such a display counts as not reconnected.
export interface DisplayReport {
  /** streams that broke while the display was meant to stay open */
  breaks: number;
  /** connected again after every break, receiving the display's state */
  reconnected: boolean;
  /** the longest time from a stream's break to the first state on the next stream */
  longestGapMs: number;
  /** why it gave up, when it did */
  gaveUp?: string;
}

export class DrillDisplay {
  private retryMs = 3000;
  private brokenAt: number | null = null;
  private breaks = 0;
  private longestGapMs = 0;
  private gaveUp: string | undefined;
  private states = 0;
  private readonly stopper = new AbortController();
  private running: Promise<void> | undefined;

  constructor(private readonly url: string) {}

  /** Connects and keeps the display open until stop(); resolves once the first state arrived. */
  async open(timeoutMs = 30_000): Promise<void> {
    this.running = this.run();
    const since = Date.now();
    while (this.states === 0) {
      if (this.gaveUp) throw new Error(`a display could not connect: ${this.gaveUp}`);
      if (Date.now() - since > timeoutMs) throw new Error("a display received no state in time");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Connected now, and every break so far was followed by a state. */
  get connected(): boolean {
    return this.brokenAt === null && this.gaveUp === undefined;
  }

  async stop(): Promise<DisplayReport> {
    this.stopper.abort();
    await this.running;
    return {
      breaks: this.breaks,
      reconnected: this.connected,
      longestGapMs: this.longestGapMs,
      ...(this.gaveUp ? { gaveUp: this.gaveUp } : {}),
    };
  }

  private async run(): Promise<void> {
    while (!this.stopper.signal.aborted && this.gaveUp === undefined) {
      try {
        const response = await fetch(this.url, {
          headers: { Accept: "text/event-stream" },
          signal: this.stopper.signal,
        });
        const type = response.headers.get("content-type") ?? "";
        if (response.status !== 200 || !type.startsWith("text/event-stream") || !response.body) {
          this.gaveUp = `answered ${response.status} ${type}`;
          await response.body?.cancel();
          return;
        }
        await this.read(response.body);
      } catch {
        // A refused or reset connection: EventSource tries again after the retry time.
      }
      if (this.stopper.signal.aborted) return;
      if (this.brokenAt === null) {
        this.brokenAt = Date.now();
        this.breaks++;
      }
      await new Promise((resolve) => setTimeout(resolve, this.retryMs));
    }
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffered = "";
    const reader = body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      buffered += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = buffered.indexOf("\n\n")) >= 0) {
        this.event(buffered.slice(0, end));
        buffered = buffered.slice(end + 2);
      }
    }
  }

  private event(block: string): void {
    for (const line of block.split("\n")) {
      if (line.startsWith("retry:")) this.retryMs = Number(line.slice(6).trim()) || this.retryMs;
      if (line.startsWith("data:")) {
        this.states++;
        if (this.brokenAt !== null) {
          this.longestGapMs = Math.max(this.longestGapMs, Date.now() - this.brokenAt);
          this.brokenAt = null;
        }
      }
    }
  }
}
