import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import en from "@/messages/en.json";
import { CLIENT_NAMESPACES, clientMessages } from "./client-messages";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [file] : [];
  });
}

describe("messages sent to client components", () => {
  const code = ["app", "components", "lib"].flatMap((dir) => sources(path.join(process.cwd(), dir))).map((file) => readFileSync(file, "utf8"));
  const used = new Set(code.flatMap((text) => [...text.matchAll(/useTranslations\("([A-Za-z]+)/g)].map((match) => match[1])));

  it("include every namespace that a component reads with the useTranslations hook, and no other", () => {
    expect([...used].sort()).toEqual([...CLIENT_NAMESPACES].sort());
    for (const namespace of CLIENT_NAMESPACES) expect(en).toHaveProperty(namespace);
  });

  it("name their namespaces literally, so the list above can be checked", () => {
    for (const text of code) expect(text).not.toMatch(/useTranslations\((?!"[A-Za-z]+[."])/);
  });

  it("leave the other namespaces out", () => {
    const sent = clientMessages(en);
    expect(Object.keys(sent).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    expect(sent).not.toHaveProperty("Email");
  });
});
