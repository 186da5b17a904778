// The recommendation engine against the default routing table, fed through buildRules from the
// seeded reference data, one rule at a time, then in combination.
import { describe, expect, it } from "vitest";
import { REQUEST_TYPES, SITUATION_RULES } from "./reference-data";
import { recommendChannels, type RecommendationInput } from "./engine";
import { buildRules, type SituationRuleRow } from "./rules";
import type { Channel, Preference, Situation } from "./situation";

const CODE: Record<string, Channel> = { O: "online", V: "video", P: "in_person", T: "phone" };
const codes = (text: string): Channel[] => text.split(" ").map((code) => CODE[code]);

/** The default allowed channels and base orders (personal, mixed, digital) per request type, written out again here so that a wrong seed fails the test. */
const TABLE: Record<string, [allowed: string, personal: string, mixed: string, digital: string]> = {
  "change-report": ["O V P T", "P V T O", "O P V T", "O V T P"],
  "submit-documents": ["O P", "P O", "O P", "O P"],
  "sick-note": ["O P T", "P T O", "O T P", "O T P"],
  "continued-benefits": ["O V P", "P V O", "O V P", "O V P"],
  "contact-details": ["O P", "P O", "O P", "O P"],
  absence: ["O P T", "P T O", "O T P", "O T P"],
  "job-counselling": ["V P T", "P V T", "P V T", "V P T"],
  "decision-question": ["O V P T", "P V T O", "V O T P", "O V T P"],
  "first-application": ["O V P", "P V O", "P V O", "O V P"],
  emergency: ["P T", "P T", "P T", "P T"],
  "digital-help": ["V P", "P V", "P V", "V P"],
};
const PREFERENCES: Preference[] = ["personal", "mixed", "digital"];
const situationRows: SituationRuleRow[] = SITUATION_RULES.map((rule, index) => ({
  key: rule.key,
  position: index * 10,
  enabled: true,
  params: rule.params,
}));

function rulesFor(key: string, steps = situationRows) {
  const seed = REQUEST_TYPES.find((type) => type.key === key);
  if (!seed) throw new Error(`no seed for ${key}`);
  const routing = PREFERENCES.map((preference) => ({ preference, channelOrder: codes(seed.orders[preference]) }));
  return buildRules(
    {
      key,
      allowedChannels: codes(seed.allowed),
      isEmergency: seed.isEmergency ?? false,
      externalUrl: seed.externalUrl,
    },
    routing,
    steps,
  ).rules;
}

function order(key: string, input: RecommendationInput): Channel[] {
  return recommendChannels(rulesFor(key), input).options.map((option) => option.channel);
}
function option(key: string, input: RecommendationInput, channel: Channel) {
  return recommendChannels(rulesFor(key), input).options.find((candidate) => candidate.channel === channel);
}

describe("base order per request type and stated preference", () => {
  it("covers every seeded request type", () => {
    expect(REQUEST_TYPES.map((type) => type.key).sort()).toEqual(Object.keys(TABLE).sort());
  });
  for (const [key, [allowed, ...orders]] of Object.entries(TABLE)) {
    PREFERENCES.forEach((preference, index) => {
      it(`${key} / ${preference} → ${orders[index]}`, () => {
        const result = order(key, { preference });
        expect(result).toEqual(codes(orders[index]));
        expect([...result].sort()).toEqual(codes(allowed).sort());
      });
    });
  }
});

describe("only allowed channels, and in person always", () => {
  it("never offers a channel the request type does not allow", () => {
    expect(
      order("submit-documents", { preference: "digital", situation: { mobility: true, distance: "far" } }),
    ).toEqual(["online", "in_person"]);
  });
  it("offers in person even when a misconfigured type leaves it out", () => {
    const rules = rulesFor("change-report");
    const result = recommendChannels(
      { ...rules, requestType: { ...rules.requestType, allowedChannels: ["online", "phone"] } },
      { preference: "digital" },
    );
    expect(result.options.map((o) => o.channel)).toEqual(["online", "phone", "in_person"]);
  });
  it("keeps an allowed channel the stored order forgot, at the end", () => {
    const rules = rulesFor("change-report");
    const result = recommendChannels(
      { ...rules, baseOrders: { ...rules.baseOrders, digital: ["online"] } },
      { preference: "digital" },
    );
    expect(result.options.map((o) => o.channel)).toEqual(["online", "video", "in_person", "phone"]);
  });
  it("in person is offered for every type, preference and situation", () => {
    const situations: Situation[] = [
      {},
      { helpNeed: "always", devices: "none" },
      { emergency: true },
      { interpreter: true, mobility: true, distance: "far" },
    ];
    for (const key of Object.keys(TABLE))
      for (const preference of PREFERENCES)
        for (const situation of situations) expect(order(key, { preference, situation })).toContain("in_person");
  });
});

describe("stated preference", () => {
  it("personal → in person first, everywhere", () => {
    for (const key of Object.keys(TABLE)) expect(order(key, { preference: "personal" })[0]).toBe("in_person");
  });
  it("digital → the online form first where the type has one, else video", () => {
    for (const [key, [allowed]] of Object.entries(TABLE)) {
      if (key === "emergency") continue;
      expect(order(key, { preference: "digital" })[0]).toBe(allowed.includes("O") ? "online" : "video");
    }
  });
  it("mixed → the type's best fit: online for paperwork, a conversation for counselling", () => {
    expect(order("change-report", { preference: "mixed" })[0]).toBe("online");
    expect(order("submit-documents", { preference: "mixed" })[0]).toBe("online");
    expect(order("job-counselling", { preference: "mixed" })[0]).toBe("in_person");
    expect(order("decision-question", { preference: "mixed" })[0]).toBe("video");
  });
  it("no preference given → the mixed order, with a reason that claims no preference", () => {
    const result = recommendChannels(rulesFor("change-report"), {});
    expect(result.options.map((o) => o.channel)).toEqual(codes("O P V T"));
    expect(result.options[0]).toMatchObject({ reasonKey: "preference.none", rank: 1 });
  });
});

describe("situation steps, one at a time", () => {
  it("help needed often or always → the online form last", () => {
    for (const helpNeed of ["often", "always"] as const) {
      expect(order("change-report", { preference: "digital", situation: { helpNeed } })).toEqual(codes("V T P O"));
      expect(option("change-report", { preference: "digital", situation: { helpNeed } }, "online")).toMatchObject({
        movedBy: "help-needed",
        reasonKey: "step.help-needed",
      });
    }
  });
  it("help needed never or sometimes → no change", () => {
    for (const helpNeed of ["never", "sometimes"] as const)
      expect(order("change-report", { preference: "digital", situation: { helpNeed } })).toEqual(codes("O V T P"));
  });
  it("smartphone only on continued-benefits → the long form last", () => {
    expect(order("continued-benefits", { preference: "digital", situation: { devices: "smartphone-only" } })).toEqual(
      codes("V P O"),
    );
    expect(
      option("continued-benefits", { preference: "digital", situation: { devices: "smartphone-only" } }, "online")
        ?.movedBy,
    ).toBe("long-form-on-small-device");
  });
  it("smartphone only on a short form → no change", () => {
    expect(order("change-report", { preference: "digital", situation: { devices: "smartphone-only" } })).toEqual(
      codes("O V T P"),
    );
    expect(order("continued-benefits", { preference: "digital", situation: { devices: "smartphone-plus" } })).toEqual(
      codes("O V P"),
    );
  });
  it("no device at all → the online form last, on every type", () => {
    expect(order("change-report", { preference: "digital", situation: { devices: "none" } })).toEqual(codes("V T P O"));
    expect(option("sick-note", { preference: "mixed", situation: { devices: "none" } }, "online")?.movedBy).toBe(
      "no-device",
    );
    expect(
      option("continued-benefits", { preference: "digital", situation: { devices: "none" } }, "online")?.movedBy,
    ).toBe("long-form-on-small-device");
  });
  it("interpreter needed → in person and video before the online form", () => {
    expect(order("change-report", { preference: "digital", situation: { interpreter: true } })).toEqual(
      codes("V P O T"),
    );
    expect(order("sick-note", { preference: "mixed", situation: { interpreter: true } })).toEqual(codes("P O T"));
    expect(
      option("change-report", { preference: "digital", situation: { interpreter: true } }, "in_person"),
    ).toMatchObject({ movedBy: "interpreter", rank: 2 });
  });
  it("a language alone moves nothing", () => {
    expect(order("change-report", { preference: "digital", situation: { language: "tr" } })).toEqual(codes("O V T P"));
  });
  it("mobility needs → video before in person", () => {
    expect(order("job-counselling", { preference: "personal", situation: { mobility: true } })).toEqual(codes("V P T"));
    expect(option("job-counselling", { preference: "personal", situation: { mobility: true } }, "video")).toMatchObject(
      { rank: 1, movedBy: "mobility-or-distance" },
    );
  });
  it("far away → video before in person; near or medium → no change", () => {
    expect(order("digital-help", { preference: "personal", situation: { distance: "far" } })).toEqual(codes("V P"));
    for (const distance of ["near", "medium"] as const)
      expect(order("digital-help", { preference: "personal", situation: { distance } })).toEqual(codes("P V"));
  });
  it("emergency → in person, then phone, first, whatever the preference", () => {
    for (const preference of PREFERENCES)
      expect(order("change-report", { preference, situation: { emergency: true } })).toEqual([
        "in_person",
        "phone",
        ...order("change-report", { preference }).filter((c) => c !== "in_person" && c !== "phone"),
      ]);
    const result = recommendChannels(rulesFor("change-report"), {
      preference: "digital",
      situation: { emergency: true },
    });
    expect(result.emergency).toBe(true);
    expect(result.options[0]).toMatchObject({ channel: "in_person", reasonKey: "step.emergency" });
  });
  it("the emergency request type counts as an emergency without being told", () => {
    const result = recommendChannels(rulesFor("emergency"), { preference: "digital" });
    expect(result).toMatchObject({ emergency: true, recommended: "in_person" });
    expect(result.options.map((o) => o.channel)).toEqual(["in_person", "phone"]);
    expect(result.options.map((o) => o.reasonKey)).toEqual(["step.emergency", "step.emergency"]);
  });
  it("a step names the channel it puts last even where the base order had it last already", () => {
    expect(
      option("change-report", { preference: "personal", situation: { helpNeed: "often" } }, "online"),
    ).toMatchObject({ rank: 4, movedBy: "help-needed" });
    expect(option("change-report", { preference: "personal" }, "online")?.movedBy).toBeUndefined();
  });
  it("emergency on a type without phone → in person first", () => {
    expect(order("submit-documents", { preference: "digital", situation: { emergency: true } })).toEqual(codes("P O"));
  });
});

describe("combinations", () => {
  it("digital + help always + smartphone only on continued-benefits: not the long form first", () => {
    const result = recommendChannels(rulesFor("continued-benefits"), {
      preference: "digital",
      situation: { helpNeed: "always", devices: "smartphone-only" },
    });
    expect(result.recommended).not.toBe("online");
    expect(result.options.map((o) => o.channel)).toEqual(codes("V P O"));
    expect(result.options[2]).toMatchObject({ channel: "online", movedBy: "help-needed" });
    expect(result.appliedSteps).toEqual(["help-needed", "long-form-on-small-device"]);
  });
  it("emergency stays on top even when far away (later steps cannot pass it)", () => {
    expect(
      order("change-report", {
        preference: "digital",
        situation: { emergency: true, distance: "far", interpreter: true },
      }),
    ).toEqual(codes("P T V O"));
  });
  it("interpreter and far away: video first, then in person, the form below", () => {
    expect(
      order("change-report", { preference: "digital", situation: { interpreter: true, distance: "far" } }),
    ).toEqual(codes("V P O T"));
    expect(
      order("change-report", { preference: "personal", situation: { interpreter: true, distance: "far" } }),
    ).toEqual(codes("V P T O"));
  });
  it("no device and mobility needs on change-report: video first, form last", () => {
    expect(order("change-report", { preference: "mixed", situation: { devices: "none", mobility: true } })).toEqual(
      codes("V P T O"),
    );
  });
});

describe("reasons", () => {
  it("the first, unmoved option names the stated preference; the others describe their channel", () => {
    const result = recommendChannels(rulesFor("change-report"), { preference: "personal" });
    expect(result.options.map((o) => o.reasonKey)).toEqual([
      "preference.personal",
      "channel.video",
      "channel.phone",
      "channel.online",
    ]);
    expect(result.options.every((o) => o.reasonParams.channel === o.channel)).toBe(true);
    expect(result.options.map((o) => o.rank)).toEqual([1, 2, 3, 4]);
  });
  it("the official online application is named as such", () => {
    expect(option("first-application", { preference: "personal" }, "online")?.reasonKey).toBe(
      "channel.online-external",
    );
  });
  it("the same input gives the same answer and is not changed", () => {
    const input = {
      preference: "digital" as const,
      situation: { helpNeed: "often" as const, distance: "far" as const },
    };
    const copy = structuredClone(input);
    expect(recommendChannels(rulesFor("decision-question"), input)).toEqual(
      recommendChannels(rulesFor("decision-question"), input),
    );
    expect(input).toEqual(copy);
  });
});

describe("stored rules", () => {
  it("a disabled step is not applied", () => {
    const steps = situationRows.map((row) => (row.key === "help-needed" ? { ...row, enabled: false } : row));
    const result = recommendChannels(rulesFor("change-report", steps), {
      preference: "digital",
      situation: { helpNeed: "always" },
    });
    expect(result.options[0].channel).toBe("online");
  });
  it("steps apply by position, not by list order", () => {
    const reversed = [...situationRows].reverse();
    expect(
      recommendChannels(rulesFor("change-report", reversed), {
        preference: "digital",
        situation: { emergency: true, distance: "far" },
      }).recommended,
    ).toBe("in_person");
  });
  it("a step with params that do not fit is skipped and reported", () => {
    const seed = REQUEST_TYPES[0];
    const { rules, skipped } = buildRules(
      { key: seed.key, allowedChannels: codes(seed.allowed), isEmergency: false },
      [],
      [
        {
          key: "typo",
          position: 1,
          enabled: true,
          params: { when: { helpNeed: "always" }, move: "sideways", channels: ["online"] },
        },
        ...situationRows,
      ],
    );
    expect(skipped).toEqual(["typo"]);
    expect(rules.situationSteps.map((step) => step.key)).toEqual(SITUATION_RULES.map((rule) => rule.key));
  });
  it("an admin's new step applies without a code change", () => {
    const extra = {
      key: "phone-for-hearing",
      position: 5,
      enabled: true,
      params: { when: { mobility: true }, move: "last", channels: ["phone"] },
    };
    expect(order("sick-note", { preference: "personal" })).toEqual(codes("P T O"));
    const result = recommendChannels(rulesFor("sick-note", [...situationRows, extra]), {
      preference: "personal",
      situation: { mobility: true },
    });
    expect(result.options.map((o) => o.channel)).toEqual(codes("P O T"));
    expect(result.options[2].movedBy).toBe("phone-for-hearing");
  });
});
