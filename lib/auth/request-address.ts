import { headers } from "next/headers";
import { clientAddress } from "./client-address";

/** The current request's client address, for rate limits. */
export async function requestAddress(): Promise<string> {
  return clientAddress(await headers());
}
