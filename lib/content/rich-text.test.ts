import { parseInline, parseRichText } from "./rich-text";

describe("course description rich text", () => {
  it("reads paragraphs, lists, emphasis and links", () => {
    expect(
      parseRichText("The **SAFE** Framework, *in brief*.\n\n- Pillar 1\n- Pillar 2 [WCO](https://www.wcoomd.org)"),
    ).toEqual([
      {
        kind: "paragraph",
        children: [
          { kind: "text", text: "The " },
          { kind: "strong", children: [{ kind: "text", text: "SAFE" }] },
          { kind: "text", text: " Framework, " },
          { kind: "em", children: [{ kind: "text", text: "in brief" }] },
          { kind: "text", text: "." },
        ],
      },
      {
        kind: "list",
        items: [
          [{ kind: "text", text: "Pillar 1" }],
          [
            { kind: "text", text: "Pillar 2 " },
            { kind: "link", href: "https://www.wcoomd.org", children: [{ kind: "text", text: "WCO" }] },
          ],
        ],
      },
    ]);
  });

  it("keeps HTML and dangerous links as plain text", () => {
    expect(parseInline("<script>alert(1)</script>")).toEqual([{ kind: "text", text: "<script>alert(1)</script>" }]);
    expect(parseInline("[click](javascript:alert(1))")).toEqual([
      { kind: "text", text: "[click](javascript:alert(1)" },
      { kind: "text", text: ")" },
    ]);
    expect(parseInline("[x](data:text/html,hi)")).toEqual([{ kind: "text", text: "[x](data:text/html,hi)" }]);
  });
});
