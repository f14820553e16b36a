import { clientAddress, SOCKET_ADDRESS_HEADER } from "./client-address";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientAddress", () => {
  const hops = process.env.TRUSTED_PROXY_HOPS;
  afterEach(() => {
    if (hops === undefined) delete process.env.TRUSTED_PROXY_HOPS;
    else process.env.TRUSTED_PROXY_HOPS = hops;
  });

  it("item 3: with no trusted proxy, uses the socket address and ignores the client's X-Forwarded-For", () => {
    process.env.TRUSTED_PROXY_HOPS = "0";
    expect(clientAddress(headers({ [SOCKET_ADDRESS_HEADER]: "192.0.2.10", "x-forwarded-for": "203.0.113.99" }))).toBe(
      "192.0.2.10",
    );
    expect(
      clientAddress(headers({ [SOCKET_ADDRESS_HEADER]: "192.0.2.10", "x-forwarded-for": "203.0.113.1, 203.0.113.2" })),
    ).toBe("192.0.2.10");
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.99" }))).toBe("unknown");
  });

  it("item 3: with N trusted proxies, takes the N-th entry from the right", () => {
    process.env.TRUSTED_PROXY_HOPS = "1";
    expect(
      clientAddress(headers({ [SOCKET_ADDRESS_HEADER]: "10.0.0.1", "x-forwarded-for": "203.0.113.99, 198.51.100.7" })),
    ).toBe("198.51.100.7");
    process.env.TRUSTED_PROXY_HOPS = "2";
    expect(
      clientAddress(
        headers({ [SOCKET_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "203.0.113.99, 198.51.100.7, 10.0.0.1" }),
      ),
    ).toBe("198.51.100.7");
    expect(clientAddress(headers({ [SOCKET_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "10.0.0.1" }))).toBe(
      "10.0.0.2",
    );
  });
});
