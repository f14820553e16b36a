import { cached, forgetCatalogue } from "./candidate-cache";

describe("catalogue candidate cache", () => {
  beforeEach(() => forgetCatalogue());

  it("loads once per key and keeps scopes apart", async () => {
    const load = jest.fn(async (scope: string) => [scope]);
    expect(await cached("tenant-a", () => load("a"))).toEqual(["a"]);
    expect(await cached("tenant-a", () => load("a-again"))).toEqual(["a"]);
    expect(await cached("tenant-b", () => load("b"))).toEqual(["b"]);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("does not keep a failed load, and forgets everything on demand", async () => {
    await expect(cached("k", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cached("k", async () => "up")).toBe("up");
    await forgetCatalogue();
    expect(await cached("k", async () => "fresh")).toBe("fresh");
  });
});
