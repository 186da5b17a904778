"use client";
// The call display's one client part: it follows the server-sent events of its location (the
// browser's EventSource reconnects by itself after a network drop), highlights the newest call and
// lets it blink a few times, and plays a gong — or the gong and a German call-out of the number and
// the desk, never a name (Web Speech API, where the browser has a German voice) — once someone has
// switched the sound on. The setting is kept on this device (localStorage): after a reload the sound
// is on again (a browser that allows sound only after a gesture gets it at the first touch). Without
// JavaScript the server's markup stays, and the page reloads itself (meta refresh).
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

/** What the display does at a call: nothing, the gong, or the gong and the spoken call. */
type Sound = "off" | "gong" | "speech";
const SOUND_KEY = "zugang.display.sound";

function germanVoice(): SpeechSynthesisVoice | null {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return null;
  return window.speechSynthesis.getVoices().find((voice) => voice.lang.toLowerCase().startsWith("de")) ?? null;
}

/** "A017" read as "Nummer A 0 1 7, bitte zu Platz 3": each character apart, as the screen shows it. */
export function callText(number: string, desk: string): string {
  return `Nummer ${number.split("").join(" ")}, bitte zu ${desk}`;
}

function speak(number: string, desk: string) {
  const voice = germanVoice();
  if (!voice) return;
  const utterance = new SpeechSynthesisUtterance(callText(number, desk));
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9;
  window.speechSynthesis.speak(utterance);
}

export function LiveDisplay({ initial, eventsUrl, labels, second }: Props) {
  const [state, setState] = useState(initial);
  const [connected, setConnected] = useState(false);
  const audio = useRef<AudioContext | null>(null);
  const [sound, setSoundState] = useState<Sound>("off");
  const soundRef = useRef<Sound>("off");
  const [hasVoice, setHasVoice] = useState(false);
  const newest = state.calls[0];
  const lastKey = useRef(newest ? `${newest.number}|${newest.calledAt}` : "");

  const setSound = (next: Sound) => {
    soundRef.current = next;
    setSoundState(next);
    try {
      localStorage.setItem(SOUND_KEY, next);
    } catch {
      // Storage switched off: the setting lasts until the next reload.
    }
    if (next !== "off") {
      audio.current ??= new AudioContext();
      void audio.current.resume();
    }
  };

  useEffect(() => {
    // The device's setting, and the sound unlocked at the first touch where the browser asks for one.
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(SOUND_KEY);
    } catch {
      stored = null;
    }
    if (stored === "gong" || stored === "speech") {
      soundRef.current = stored;
      // The server cannot know this device's setting: it is read once, after hydration.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setSoundState(stored);
      audio.current ??= new AudioContext();
      void audio.current.resume();
    }
    const unlock = () => void audio.current?.resume();
    window.addEventListener("pointerdown", unlock);
    window.addEventListener("keydown", unlock);
    const voices = () => setHasVoice(germanVoice() !== null);
    voices();
    window.speechSynthesis?.addEventListener?.("voiceschanged", voices);
    return () => {
      window.removeEventListener("pointerdown", unlock);
      window.removeEventListener("keydown", unlock);
      window.speechSynthesis?.removeEventListener?.("voiceschanged", voices);
    };
  }, []);

  useEffect(() => {
    const source = new EventSource(eventsUrl);
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.onmessage = (event) => {
      try {
        const next = JSON.parse(event.data as string) as DisplayState;
        const call = next.calls[0];
        const key = call ? `${call.number}|${call.calledAt}` : "";
        if (key && key !== lastKey.current && soundRef.current !== "off" && audio.current) {
          gong(audio.current);
          if (soundRef.current === "speech") setTimeout(() => speak(call.number, call.desk), 1_400);
        }
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
          <fieldset className="mt-auto text-base">
            <legend className="font-semibold">Ton bei jedem Aufruf (auf diesem Gerät gespeichert)</legend>
            <div className="mt-1 flex flex-wrap gap-2">
              {(
                [
                  ["off", "Aus"],
                  ["gong", "Gong"],
                  ["speech", hasVoice ? "Gong und Ansage" : "Gong und Ansage (keine deutsche Stimme: nur Gong)"],
                ] as const
              ).map(([value, text]) => (
                <button
                  key={value}
                  type="button"
                  aria-pressed={sound === value}
                  className={`rounded border-2 border-white px-3 py-1 ${sound === value ? "bg-white text-neutral-900" : ""}`}
                  onClick={() => setSound(value)}
                >
                  {text}
                </button>
              ))}
            </div>
            <p className="mt-1" data-testid="sound-state">
              {sound === "off"
                ? "Ton ist aus."
                : sound === "gong"
                  ? "Gong ist eingeschaltet."
                  : "Gong und Ansage sind eingeschaltet."}
            </p>
          </fieldset>
        </section>
      </div>
    </main>
  );
}
