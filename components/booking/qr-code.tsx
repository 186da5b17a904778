// A QR code as inline SVG (the qrcode package, rendered on the server): the confirmation's code the
// front desk scans to check the person in, on the screen and on paper.
import QRCode from "qrcode";

export async function QrCode({
  value,
  label,
  className = "w-48",
}: {
  value: string;
  label: string;
  className?: string;
}) {
  const svg = await QRCode.toString(value, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return (
    <div
      role="img"
      aria-label={label}
      className={`${className} max-w-full bg-white p-2`}
      data-testid="qr-code"
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
