// Check-in by the browser's camera: Chromium is started with a fake camera that films a printed
// confirmation's QR code (a Y4M video made from the code here), the front desk presses "Mit der
// Kamera scannen", and the page reads the code from the video (BarcodeDetector where Chromium has
// it, else jsQR) and checks the person in, as a hand scanner's Enter would.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import QRCode from "qrcode";
import sharp from "sharp";
import { expect, expectAccessible, test } from "../fixtures";
import { appointmentRow, createDeskLocation, storeDeskAppointment, timesToday } from "./front-desk-data";
import { signIn } from "./helpers";

const WIDTH = 640;
const HEIGHT = 480;

/** A two-frame YUV 4:2:0 video of a QR code on white, as Chromium's fake camera reads it. */
async function qrVideo(text: string): Promise<Buffer> {
  const code = await QRCode.toBuffer(text, { margin: 4, scale: 6, errorCorrectionLevel: "M" });
  // One resize per sharp pipeline: first the code to a square of 440 px, then white around it.
  const side = HEIGHT - 40;
  const square = await sharp(code).resize({ width: side, height: side, kernel: "nearest" }).png().toBuffer();
  const left = (WIDTH - side) / 2;
  const luma = await sharp(square)
    .extend({ top: 20, bottom: 20, left, right: left, background: "#ffffff" })
    .flatten({ background: "#ffffff" })
    .greyscale()
    .extractChannel(0)
    .raw()
    .toBuffer();
  if (luma.length !== WIDTH * HEIGHT) throw new Error(`unexpected frame size ${luma.length}`);
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F5:1 Ip A1:1 C420jpeg\n`), frame, frame]);
}

test("the camera reads the confirmation's QR code and checks the person in", async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  const location = await createDeskLocation();
  const [startsAt] = await timesToday([20]);
  const appointment = await storeDeskAppointment({
    locationId: location.id,
    startsAt,
    name: "Carla Kamera",
  });
  const folder = await mkdtemp(path.join(tmpdir(), "zugang-camera-"));
  const video = path.join(folder, "qr.y4m");
  await writeFile(video, await qrVideo(`${baseURL}/staff/check-in/${appointment.reference}`));
  // The project's browser, started once more with a camera that films the code.
  const launchOptions = test.info().project.use.launchOptions ?? {};
  const withCamera = await playwright.chromium.launch({
    ...launchOptions,
    args: [
      ...(launchOptions.args ?? []),
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const context = await withCamera.newContext({ baseURL, locale: "de-DE", timezoneId: "Europe/Berlin" });
    await context.grantPermissions(["camera"], { origin: baseURL });
    const page = await context.newPage();
    await signIn(page, "empfang@zugang.example", "demo-empfang", `/staff/front-desk/check-in?location=${location.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Einchecken: ${location.name}`);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Mit der Kamera scannen" }).click();
    await expect(page.getByRole("heading", { name: "Eingecheckt: Carla Kamera" })).toBeVisible({ timeout: 30_000 });
    await expectAccessible(page);
    expect((await appointmentRow(appointment.id)).status).toBe("checked_in");
  } finally {
    await withCamera.close();
    await rm(folder, { recursive: true, force: true });
  }
});
