// While the database is unreachable a server process answers every request itself (ADR 0035): 503 with
// `Retry-After`, JSON for the API and the content origin, otherwise a page in the reader's language, so nobody
// sees a failed render or a stack trace. The process probes the database every DB_PROBE_MS (1 s), at once when
// a response fails, and four times as often while it is down; it lets requests through again as soon as the
// database answers, without restarting.
import { readFileSync } from "node:fs";
import { READY_PATH } from "./server-lifecycle.mjs";

const LOCALES = ["en", "fr", "es", "pt", "pt-BR", "ru", "ar"];
const MESSAGES_DIR = new URL("../../messages/", import.meta.url);
const JSON_PATHS = /^\/(api|content)(\/|$)/;
const RETRY_AFTER_SECONDS = 5;

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** The page of each language, made once: the title and text of messages/<locale>.json's Errors. */
function unavailablePages() {
  return Object.fromEntries(
    LOCALES.map((locale) => {
      const { Errors } = JSON.parse(readFileSync(new URL(`${locale}.json`, MESSAGES_DIR), "utf8"));
      const title = escapeHtml(Errors.unavailableTitle);
      const body = escapeHtml(Errors.unavailableBody);
      const dir = locale === "ar" ? "rtl" : "ltr";
      return [
        locale,
        `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8">` +
          `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>` +
          `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem">` +
          `<main role="alert"><h1>${title}</h1><p>${body}</p></main></body></html>`,
      ];
    }),
  );
}

/** The language cookie's, else the best of Accept-Language by exact tag then by its first part, else English. */
function localeOf(request) {
  const cookie = /(?:^|;\s*)NEXT_LOCALE=([^;]+)/.exec(request.headers.cookie ?? "")?.[1];
  if (LOCALES.includes(cookie)) return cookie;
  const tags = (request.headers["accept-language"] ?? "")
    .split(",")
    .map((part) => part.split(";"))
    .filter(([, q]) => !q || Number(q.trim().slice(2)) > 0)
    .map(([tag]) => tag.trim().toLowerCase());
  for (const tag of tags) {
    const found =
      LOCALES.find((locale) => locale.toLowerCase() === tag) ?? LOCALES.find((l) => l === tag.split("-")[0]);
    if (found) return found;
  }
  return "en";
}

function numberFrom(value, fallback) {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
}

/**
 * @param {{ checkDatabase: () => Promise<boolean>, log?: (event: object) => void, intervalMs?: number }} options
 */
export function databaseGate({ checkDatabase, log = () => {}, intervalMs }) {
  const every = intervalMs ?? numberFrom(process.env.DB_PROBE_MS, 1_000);
  const pages = unavailablePages();
  let up = true;
  let downSince = 0;
  let probing = null;
  let timer = null;
  let stopped = false;

  const probe = () =>
    (probing ??= checkDatabase()
      .catch(() => false)
      .then((answered) => {
        if (answered !== up) {
          up = answered;
          if (up) log({ event: "database-up", downMs: Date.now() - downSince });
          else {
            downSince = Date.now();
            log({ event: "database-down" });
          }
        }
      })
      .finally(() => {
        probing = null;
        schedule();
      }));
  const schedule = () => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(probe, up ? every : every / 4);
    timer.unref();
  };
  schedule();

  return {
    get up() {
      return up;
    },
    /** A response failed: look at the database now rather than at the next probe. */
    noticeFailure() {
      if (!stopped) void probe();
    },
    /** Answers the request while the database is down (the readiness check excepted); false otherwise. */
    handle(request, response) {
      const path = (request.url ?? "").split("?")[0];
      if (up || path === READY_PATH) return false;
      const json = JSON_PATHS.test(path);
      response.writeHead(503, {
        "Content-Type": json ? "application/json" : "text/html; charset=utf-8",
        "Cache-Control": "no-store",
        "Retry-After": String(RETRY_AFTER_SECONDS),
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
      });
      response.end(json ? JSON.stringify({ error: "unavailable" }) : pages[localeOf(request)]);
      return true;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
