"use client";
// Reads the confirmation's QR code with the device's camera, for desks without a hand scanner: the
// browser's BarcodeDetector where it has one, else jsQR on the video's frames (loaded only then). A
// code read fills the check-in field and sends its form, as a scanner's Enter would. Nothing is
// recorded; the camera stops with the button, after a read, and when the page is left. Without
// JavaScript the button is not shown: the field works alone.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

type Decode = (video: HTMLVideoElement) => Promise<string | null>;

/** The browser's own detector when it reads QR codes, else jsQR over a scaled-down frame. */
async function qrDecoder(): Promise<Decode> {
  const Detector = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Detector && (await Detector.getSupportedFormats().catch((): string[] => [])).includes("qr_code")) {
    const detector = new Detector({ formats: ["qr_code"] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const { default: jsQR } = await import("jsqr");
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  return async (video) => {
    if (!context || video.videoWidth === 0) return null;
    const scale = Math.min(1, 640 / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const frame = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: "dontInvert" })?.data ?? null;
  };
}

function explain(error: unknown): string {
  const name = error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError")
    return "Der Browser hat den Zugriff auf die Kamera nicht erlaubt. Bitte in den Einstellungen der Seite freigeben.";
  if (name === "NotFoundError" || name === "OverconstrainedError")
    return "Keine Kamera gefunden. Bitte den Handscanner nutzen oder die Vorgangsnummer eintippen.";
  if (name === "NotReadableError" || name === "AbortError")
    return "Die Kamera wird gerade von einem anderen Programm benutzt.";
  return "Die Kamera ließ sich nicht starten. Bitte den Handscanner nutzen oder die Vorgangsnummer eintippen.";
}

const noSubscription = () => () => {};

export function CameraScanner({ inputId, formId }: { inputId: string; formId: string }) {
  // False in the server's HTML (no button without JavaScript), true once the page runs.
  const running = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const video = useRef<HTMLVideoElement>(null);
  const stopRef = useRef<(() => void) | null>(null);
  const [active, setActive] = useState(false);
  const [message, setMessage] = useState("");

  useEffect(() => () => stopRef.current?.(), []);

  function stop() {
    stopRef.current?.();
    stopRef.current = null;
    setActive(false);
  }

  async function start() {
    setMessage("");
    if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) {
      setMessage("Dieser Browser kann hier nicht auf die Kamera zugreifen (nur über HTTPS oder auf diesem Rechner).");
      return;
    }
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
    } catch (error) {
      setMessage(explain(error));
      return;
    }
    let stopped = false;
    let timer: number | undefined;
    stopRef.current = () => {
      stopped = true;
      window.clearTimeout(timer);
      stream.getTracks().forEach((track) => track.stop());
    };
    setActive(true);
    setMessage("Kamera läuft: den QR-Code der Bestätigung vor die Kamera halten.");
    const element = video.current;
    if (!element) return stop();
    element.srcObject = stream;
    await element.play().catch(() => undefined);
    const decode = await qrDecoder();
    const look = async () => {
      if (stopped) return;
      const text = await decode(element).catch(() => null);
      if (text && !stopped) {
        stop();
        const input = document.getElementById(inputId) as HTMLInputElement | null;
        const form = document.getElementById(formId) as HTMLFormElement | null;
        if (!input || !form) return;
        input.value = text;
        setMessage("QR-Code gelesen, wird eingecheckt …");
        form.requestSubmit();
        return;
      }
      timer = window.setTimeout(look, 200);
    };
    void look();
  }

  if (!running) return null;
  return (
    <div className="mt-4 max-w-xl">
      <button
        type="button"
        onClick={active ? stop : start}
        className="inline-flex min-h-11 items-center rounded border-2 border-brand bg-white px-5 py-2 font-semibold text-brand hover:bg-surface"
      >
        {active ? "Kamera ausschalten" : "Mit der Kamera scannen"}
      </button>
      <p role="status" className="mt-2">
        {message}
      </p>
      <video
        ref={video}
        muted
        playsInline
        aria-label="Bild der Kamera"
        className={active ? "mt-2 w-full max-w-md rounded border border-line" : "hidden"}
      />
    </div>
  );
}
