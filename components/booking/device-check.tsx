"use client";
// Camera and microphone preview with getUserMedia, and a plain-words explanation of each problem.
// Nothing is recorded or sent: the stream stays in this page and stops with the button.
import { useEffect, useRef, useState } from "react";

export interface DeviceCheckTexts {
  start: string;
  stop: string;
  ok: string;
  level: string;
  denied: string;
  notFound: string;
  busy: string;
  insecure: string;
  unsupported: string;
  failed: string;
}

function explain(error: unknown, texts: DeviceCheckTexts): string {
  const name = error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return texts.denied;
  if (name === "NotFoundError" || name === "OverconstrainedError") return texts.notFound;
  if (name === "NotReadableError" || name === "AbortError") return texts.busy;
  return texts.failed;
}

export function DeviceCheck({ texts }: { texts: DeviceCheckTexts }) {
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [message, setMessage] = useState("");
  const [level, setLevel] = useState(0);

  useEffect(() => {
    if (!stream) return;
    if (video.current) video.current.srcObject = stream;
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    context.createMediaStreamSource(stream).connect(analyser);
    const data = new Uint8Array(analyser.frequencyBinCount);
    let frame = 0;
    const tick = () => {
      analyser.getByteFrequencyData(data);
      setLevel(Math.min(100, Math.round((data.reduce((sum, value) => sum + value, 0) / data.length / 128) * 100)));
      frame = requestAnimationFrame(tick);
    };
    tick();
    return () => {
      cancelAnimationFrame(frame);
      void context.close();
    };
  }, [stream]);

  async function start() {
    setMessage("");
    if (!window.isSecureContext) return setMessage(texts.insecure);
    if (!navigator.mediaDevices?.getUserMedia) return setMessage(texts.unsupported);
    try {
      setStream(await navigator.mediaDevices.getUserMedia({ video: true, audio: true }));
      setMessage(texts.ok);
    } catch (error) {
      setMessage(explain(error, texts));
    }
  }

  function stop() {
    stream?.getTracks().forEach((track) => track.stop());
    setStream(null);
    setMessage("");
  }

  return (
    <div className="mt-4">
      <button
        type="button"
        onClick={stream ? stop : start}
        className="inline-flex min-h-11 items-center rounded bg-brand px-5 py-2 font-semibold text-white"
      >
        {stream ? texts.stop : texts.start}
      </button>
      <p role="status" className="mt-3 font-semibold">
        {message}
      </p>
      {stream ? (
        <>
          <video
            ref={video}
            autoPlay
            muted
            playsInline
            className="mt-2 w-full max-w-md rounded bg-ink"
            aria-hidden="true"
          />
          <label htmlFor="mic-level" className="mt-2 block">
            {texts.level}
          </label>
          <meter id="mic-level" min={0} max={100} value={level} className="h-6 w-full max-w-md" />
        </>
      ) : null}
    </div>
  );
}
