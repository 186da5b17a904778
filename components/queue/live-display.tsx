"use client";
// The call display's one client part: it follows the server-sent events of its location (the
// browser's EventSource reconnects by itself after a network drop), highlights the newest call and
// lets it blink a few times, and plays a gong once someone has switched the sound on (browsers
// allow sound only after a gesture on the page). Without JavaScript the server's markup stays, and
// the page reloads itself (meta refresh).
import { useEffect, useRef, useState } from "react";
import type { DisplayState } from "@/lib/queue";
import { Arrow, Bell, Clock, People } from "./pictograms";

export interface DisplayLabels {
  called: string;
  desk: string;
  lastCalls: string;
  waiting: string;
  expectedWait: string;
  /** The expected wait per plural form of the language ({ one: "{count} Min.", other: … }). */
  minutes: Record<string, string>;
  /** The language of these labels, for its plural rules. */
  language: string;
  none: string;
}

interface Props {
  initial: DisplayState;
  eventsUrl: string;
  labels: DisplayLabels;
  second: DisplayLabels | null;
}

function Label({
  text,
  second,
  lang,
  className = "",
}: {
  text: string;
  second: string | undefined;
  lang: string | null;
  className?: string;
}) {
  return (
    <span className={`block ${className}`}>
      {text}
      {second && second !== text ? (
        <span lang={lang ?? undefined} dir="auto" className="block text-[0.6em] font-normal text-yellow-100">
          {second}
        </span>
      ) : null}
    </span>
  );
}

function gong(context: AudioContext) {
  const now = context.currentTime;
  [660, 523].forEach((frequency, index) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    oscillator.type = "sine";
    gain.gain.setValueAtTime(0.0001, now + index * 0.6);
    gain.gain.exponentialRampToValueAtTime(0.5, now + index * 0.6 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + index * 0.6 + 1.2);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(now + index * 0.6);
    oscillator.stop(now + index * 0.6 + 1.3);
  });
}

export function LiveDisplay({ initial, eventsUrl, labels, second }: Props) {
  const [state, setState] = useState(initial);
  const [connected, setConnected] = useState(false);
  const audio = useRef<AudioContext | null>(null);
  const [sound, setSound] = useState(false);
  const newest = state.calls[0];
  const lastKey = useRef(newest ? `${newest.number}|${newest.calledAt}` : "");

  useEffect(() => {
    const source = new EventSource(eventsUrl);
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.onmessage = (event) => {
      try {
        const next = JSON.parse(event.data as string) as DisplayState;
        const call = next.calls[0];
        const key = call ? `${call.number}|${call.calledAt}` : "";
        if (key && key !== lastKey.current && audio.current) gong(audio.current);
        lastKey.current = key;
        setState(next);
      } catch {
        // A broken message: keep showing what is there.
      }
    };
    return () => source.close();
  }, [eventsUrl]);

  const minutes = (labelSet: DisplayLabels) => {
    const count = state.estimatedWaitMinutes;
    const template = labelSet.minutes[new Intl.PluralRules(labelSet.language).select(count)] ?? labelSet.minutes.other;
    return (template ?? "{count}").replace("{count}", new Intl.NumberFormat(labelSet.language).format(count));
  };
  return (
    <main
      className="flex min-h-screen flex-col gap-6 p-6 text-2xl lg:text-4xl"
      data-connected={connected ? "yes" : "no"}
    >
      <h1 className="sr-only">
        {labels.called}: {state.location.name}
      </h1>
      <section
        aria-live="assertive"
        aria-atomic="true"
        className="rounded-lg border-4 border-yellow-300 bg-neutral-900 p-6"
      >
        <p className="flex items-center gap-3 text-yellow-300">
          <Bell className="h-[1.2em] w-[1.2em] shrink-0" />
          <Label text={labels.called} second={second?.called} lang={state.secondLanguage} className="font-bold" />
        </p>
        {newest ? (
          <p
            key={`${newest.number}|${newest.calledAt}`}
            className="queue-blink mt-4 flex flex-wrap items-center gap-x-8 font-bold tabular-nums leading-none"
            data-testid="newest-call"
          >
            <span className="text-[18vw] lg:text-[14vw]">{newest.number}</span>
            <Arrow className="h-[10vw] w-[10vw] shrink-0" />
            <span className="text-[10vw] lg:text-[8vw]">{newest.desk}</span>
          </p>
        ) : (
          <p className="mt-4 text-[5vw]">
            <Label text={labels.none} second={second?.none} lang={state.secondLanguage} />
          </p>
        )}
      </section>
      <div className="grid flex-1 gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="last-calls" className="rounded-lg border-2 border-white p-4">
          <h2 id="last-calls" className="font-bold">
            <Label text={labels.lastCalls} second={second?.lastCalls} lang={state.secondLanguage} />
          </h2>
          <ol className="mt-3 grid gap-2 tabular-nums">
            {state.calls.slice(1).map((call) => (
              <li key={`${call.number}|${call.calledAt}`} className="flex items-center gap-4 text-[4vw] lg:text-[3vw]">
                <span className="font-bold">{call.number}</span>
                <Arrow className="h-[0.8em] w-[0.8em]" />
                <span>{call.desk}</span>
              </li>
            ))}
          </ol>
        </section>
        <section aria-label={labels.waiting} className="flex flex-col gap-6 rounded-lg border-2 border-white p-4">
          <p className="flex items-center gap-3">
            <People className="h-[1.5em] w-[1.5em] shrink-0" />
            <span>
              <Label text={labels.waiting} second={second?.waiting} lang={state.secondLanguage} />
              <span className="text-[6vw] font-bold tabular-nums lg:text-[4vw]" data-testid="waiting">
                {state.waiting}
              </span>
            </span>
          </p>
          <p className="flex items-center gap-3">
            <Clock className="h-[1.5em] w-[1.5em] shrink-0" />
            <span>
              <Label text={labels.expectedWait} second={second?.expectedWait} lang={state.secondLanguage} />
              <span className="text-[6vw] font-bold tabular-nums lg:text-[4vw]">{minutes(labels)}</span>
            </span>
          </p>
          {!sound ? (
            <button
              type="button"
              className="mt-auto self-start rounded border-2 border-white px-4 py-2 text-base"
              onClick={() => {
                audio.current ??= new AudioContext();
                void audio.current.resume();
                setSound(true);
              }}
            >
              Ton einschalten (Gong bei jedem Aufruf)
            </button>
          ) : (
            <p className="mt-auto text-base">Gong ist eingeschaltet.</p>
          )}
        </section>
      </div>
    </main>
  );
}
