"use client";
// Solves the booking form's proof of work in the background (SHA-256 in the browser, about half a
// second) and puts the answer in a hidden field. Without JavaScript the field stays empty and the
// form still works (a stricter rate limit applies on the server).
import { useEffect, useState } from "react";

interface Challenge {
  algorithm: string;
  challenge: string;
  maxnumber?: number;
  salt: string;
  signature: string;
}

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export function ProofOfWork({ challenge }: { challenge: Challenge }) {
  const [payload, setPayload] = useState("");
  useEffect(() => {
    let stopped = false;
    async function solve() {
      if (!globalThis.crypto?.subtle) return;
      const encoder = new TextEncoder();
      for (let number = 0; number <= (challenge.maxnumber ?? 20_000) && !stopped; number++) {
        const digest = hex(await crypto.subtle.digest("SHA-256", encoder.encode(`${challenge.salt}${number}`)));
        if (digest === challenge.challenge) {
          setPayload(
            btoa(
              JSON.stringify({
                algorithm: challenge.algorithm,
                challenge: challenge.challenge,
                number,
                salt: challenge.salt,
                signature: challenge.signature,
              }),
            ),
          );
          return;
        }
      }
    }
    void solve();
    return () => {
      stopped = true;
    };
  }, [challenge]);
  return (
    <input
      type="hidden"
      name="altcha"
      value={payload}
      data-testid="proof-of-work"
      data-solved={payload ? "yes" : "no"}
    />
  );
}
