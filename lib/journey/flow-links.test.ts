import { describe, expect, it } from "vitest";
import { fromApiChannel, toApiChannel } from "@/lib/channels";
import { flowTarget } from "./flow-links";

const id = "3f0c6f8e-2b7a-4c1e-9a55-0d7f1e2a9b10";

describe("flow links follow the URL contract", () => {
  const type = { key: "change-report", externalUrl: null };
  it("online → /forms/<key>?journey=<id>", () => {
    expect(flowTarget("online", type, id)).toEqual({ href: `/forms/change-report?journey=${id}`, external: false });
  });
  it("phone → the callback form", () => {
    expect(flowTarget("phone", type, id).href).toBe(`/forms/callback?requestType=change-report&journey=${id}`);
  });
  it("video and in person → booking with the API channel name", () => {
    expect(flowTarget("video", type, id).href).toBe(
      `/appointments/new?requestType=change-report&channel=video&journey=${id}`,
    );
    expect(flowTarget("in_person", type, id).href).toBe(
      `/appointments/new?requestType=change-report&channel=in-person&journey=${id}`,
    );
  });
  it("online on a type with an external application → the official site", () => {
    expect(flowTarget("online", { key: "first-application", externalUrl: "https://example.org/apply" }, id)).toEqual({
      href: "https://example.org/apply",
      external: true,
    });
  });
  it("channel names round-trip between database and API", () => {
    expect(toApiChannel("in_person")).toBe("in-person");
    expect(fromApiChannel("in-person")).toBe("in_person");
    expect(fromApiChannel("in_person")).toBeNull();
    expect(fromApiChannel("fax")).toBeNull();
  });
});
