/// <reference lib="webworker" />
// The sites' service worker, bundled by Serwist (app/serwist/[path]/route.ts). It precaches the offline page and
// the build's assets, keeps the pages a learner visited for reading offline, and waits for the learner's
// "Reload" before a new version takes over, so a page never mixes two builds' assets (docs/decisions/0044).
import {
  CacheableResponsePlugin,
  CacheFirst,
  ExpirationPlugin,
  NetworkFirst,
  Serwist,
  type PrecacheEntry,
} from "serwist";
import { CACHE_NAMES, OFFLINE_PATH, isBuiltAsset, isCachablePage, isSiteImage } from "./cache-rules";

declare global {
  interface WorkerGlobalScope {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const DAY = 24 * 60 * 60;
const origin = self.location.origin;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true },
  // A new version waits until the learner reloads (the page's banner sends SKIP_WAITING).
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ request, url }) => request.mode === "navigate" && isCachablePage(url, origin),
      handler: new NetworkFirst({
        cacheName: CACHE_NAMES.pages,
        plugins: [
          new CacheableResponsePlugin({ statuses: [200] }),
          new ExpirationPlugin({ maxEntries: 50, maxAgeSeconds: 7 * DAY }),
        ],
      }),
    },
    {
      matcher: ({ url }) => isBuiltAsset(url, origin),
      handler: new CacheFirst({
        cacheName: CACHE_NAMES.assets,
        plugins: [
          new CacheableResponsePlugin({ statuses: [200] }),
          new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 30 * DAY }),
        ],
      }),
    },
    {
      matcher: ({ url }) => isSiteImage(url, origin),
      handler: new CacheFirst({
        cacheName: CACHE_NAMES.images,
        plugins: [
          new CacheableResponsePlugin({ statuses: [200] }),
          new ExpirationPlugin({ maxEntries: 20, maxAgeSeconds: 30 * DAY }),
        ],
      }),
    },
  ],
  fallbacks: {
    entries: [{ url: OFFLINE_PATH, matcher: ({ request }) => request.mode === "navigate" }],
  },
});

serwist.addEventListeners();
