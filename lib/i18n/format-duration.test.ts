import { formatDuration } from "./format-duration";
import { collator, numberFormat } from "./intl-formats";

describe("formatDuration", () => {
  it("writes hours and minutes in the reader's language", () => {
    expect(formatDuration(90, "en")).toBe("1 hr 30 min");
    expect(formatDuration(120, "en")).toBe("2 hr");
    expect(formatDuration(0, "en")).toBe("0 min");
    expect(formatDuration(30, "fr")).toBe("30\u00a0min"); // French puts a no-break space before the unit
    expect(formatDuration(45, "ar")).toBe(
      new Intl.NumberFormat("ar", { style: "unit", unit: "minute", unitDisplay: "short" }).format(45),
    );
  });

  it("builds each formatter and collator once per locale and options", () => {
    expect(numberFormat("ru", { style: "unit", unit: "hour" })).toBe(
      numberFormat("ru", { style: "unit", unit: "hour" }),
    );
    expect(numberFormat("ru", { style: "unit", unit: "hour" })).not.toBe(
      numberFormat("ru", { style: "unit", unit: "minute" }),
    );
    expect(collator("fr")).toBe(collator("fr"));
    expect(collator("fr")).not.toBe(collator("es"));
  });
});
