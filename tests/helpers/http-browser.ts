// A browser without JavaScript, over plain HTTP: it keeps its cookies per host, follows no redirects (the test
// reads them), signs in through Auth.js's own endpoints and submits a page's form as the page drew it (its
// hidden fields, a server action's references included), as a browser does before its scripts load.
import type http from "node:http";
import { httpAnswer } from "../../scripts/lib/http-answer";

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface PageForm {
  action: string;
  fields: Record<string, string>;
}

export class HttpBrowser {
  private readonly jar = new Map<string, Map<string, string>>();
  private readonly csrf = new Map<string, string>();

  /** Every request goes to 127.0.0.1:`port` (a load balancer) with the Host header of the site asked for. */
  constructor(private readonly port: number) {}

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  async request(
    method: string,
    host: string,
    path: string,
    options: { body?: Buffer | string; headers?: Record<string, string> } = {},
  ): Promise<Answer> {
    const cookies = [...(this.jar.get(host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join("; ");
    const { status, headers, body } = await httpAnswer(
      {
        port: this.port,
        method,
        path,
        headers: {
          host,
          ...(cookies ? { cookie: cookies } : {}),
          ...(method === "GET" ? {} : { origin: `http://${host}` }),
          ...options.headers,
        },
      },
      options.body,
    );
    const answer = { status, headers, body: body.toString("utf8") };
    this.keepCookies(host, answer.headers["set-cookie"] ?? []);
    return answer;
  }

  get(host: string, path: string): Promise<Answer> {
    return this.request("GET", host, path);
  }

  /** Posts a form as `application/x-www-form-urlencoded`. */
  post(host: string, path: string, fields: Record<string, string>): Promise<Answer> {
    return this.request("POST", host, path, {
      body: new URLSearchParams(fields).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  }

  /** Auth.js's CSRF token for `host`, asked for once (its cookie stays in the jar). */
  async csrfToken(host: string): Promise<string> {
    let token = this.csrf.get(host);
    if (!token) {
      token = (JSON.parse((await this.get(host, "/api/auth/csrf")).body) as { csrfToken: string }).csrfToken;
      this.csrf.set(host, token);
    }
    return token;
  }

  /** Signs in with Auth.js's credentials endpoint (one request, after csrfToken); its Location tells how it went. */
  async signIn(host: string, identifier: string, password: string): Promise<Answer> {
    const csrfToken = await this.csrfToken(host);
    return this.post(host, "/api/auth/callback/credentials", { csrfToken, identifier, password });
  }

  /** Signs out with Auth.js's endpoint (one request, after csrfToken). */
  async signOut(host: string): Promise<Answer> {
    const csrfToken = await this.csrfToken(host);
    return this.post(host, "/api/auth/signout", { csrfToken });
  }

  /** The form of the page at `path` that has a field named `field`: its address and its fields as drawn. */
  async readForm(host: string, path: string, field: string): Promise<PageForm> {
    const page = await this.get(host, path);
    const form = [...page.body.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)]
      .map((m) => m[0])
      .find((html) => html.includes(`name="${field}"`));
    if (!form) throw new Error(`No form with a field "${field}" at ${path} (${page.status}).`);
    const action = decodeEntities(form.match(/^<form\b[^>]*\baction="([^"]*)"/)?.[1] ?? "");
    return { action: action.startsWith("/") ? action : path, fields: formFields(form) };
  }

  /** Submits `form` with `changes` over its fields, as multipart/form-data (a server action without JavaScript). */
  async submitForm(host: string, form: PageForm, changes: Record<string, string>): Promise<Answer> {
    const data = new FormData();
    for (const [name, value] of Object.entries({ ...form.fields, ...changes })) data.append(name, value);
    const encoded = new Request("http://form.invalid/", { method: "POST", body: data });
    return this.request("POST", host, form.action, {
      body: Buffer.from(await encoded.arrayBuffer()),
      headers: { "content-type": encoded.headers.get("content-type")! },
    });
  }

  private keepCookies(host: string, setCookies: string[]) {
    const jar = this.jar.get(host) ?? new Map<string, string>();
    this.jar.set(host, jar);
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some(
        (a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split("=")[1]) < Date.now()),
      );
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
  }
}

function decodeEntities(text: string): string {
  return text
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

function attribute(tag: string, name: string): string | null {
  const match = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return match ? decodeEntities(match[1]) : null;
}

/** The fields a browser would send for `form`: inputs (checked boxes only), text areas, selected options. */
function formFields(form: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    const type = attribute(tag, "type") ?? "text";
    if (!name || type === "file" || type === "submit") continue;
    if ((type === "checkbox" || type === "radio") && !/\schecked(=|\s|>|\/)/.test(tag)) continue;
    fields[name] = attribute(tag, "value") ?? (type === "checkbox" ? "on" : "");
  }
  for (const [, tag, text] of form.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/g)) {
    const name = attribute(tag, "name");
    if (name) fields[name] = decodeEntities(text);
  }
  for (const [, tag, options] of form.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/g)) {
    const name = attribute(tag, "name");
    const chosen =
      options.match(/<option\b[^>]*\sselected(?:="")?[^>]*>/)?.[0] ?? options.match(/<option\b[^>]*>/)?.[0];
    if (name && chosen) fields[name] = attribute(chosen, "value") ?? "";
  }
  return fields;
}
