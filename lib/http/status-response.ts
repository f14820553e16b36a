// A plain answer with a status and its text, for the wrappers and the handlers that refuse before any work.
const STATUS_TEXT: Record<number, string> = {
  400: "Bad request",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  413: "Payload too large",
};

export const statusResponse = (status: number) =>
  new Response(STATUS_TEXT[status] ?? null, { status, headers: { "Cache-Control": "no-store" } });
