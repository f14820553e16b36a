// A link to a video on YouTube or Vimeo, shown with the service's privacy-enhanced player (no cookies until the
// learner plays it, no tracking: youtube-nocookie.com, Vimeo's dnt=1). Any other address is refused.
export const EMBED_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"];

export function embedAddress(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== "https:") return null;
  const host = url.hostname.replace(/^www\.|^m\./, "");
  const youtube =
    host === "youtu.be"
      ? url.pathname.slice(1)
      : host === "youtube.com" || host === "youtube-nocookie.com"
        ? url.pathname === "/watch"
          ? url.searchParams.get("v")
          : /^\/(?:embed|shorts)\/([^/]+)/.exec(url.pathname)?.[1]
        : null;
  if (youtube && /^[\w-]{6,20}$/.test(youtube)) return `https://www.youtube-nocookie.com/embed/${youtube}`;
  const vimeo = host === "vimeo.com" || host === "player.vimeo.com" ? /(\d{5,12})(?:\/|$)/.exec(url.pathname) : null;
  if (vimeo) return `https://player.vimeo.com/video/${vimeo[1]}?dnt=1`;
  return null;
}
