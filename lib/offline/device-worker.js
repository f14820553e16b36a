// The device's worker on the content origin (ADR 0051), scope /device/: it answers /device/<courseId>/<path> from that
// course's cache (offline-course-<courseId>, filled by the download frame) and nothing else; whatever is not kept
// there is 404, never fetched, so it serves only what a device grant downloaded. Range requests are answered from the
// kept file, so a kept video seeks.
"use strict";

var DEVICE_PATH = /^\/device\/([0-9a-f-]{36})\//;

self.addEventListener("install", function () {
  self.skipWaiting();
});
self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

function partOf(response, range) {
  var match = /^bytes=(\d*)-(\d*)$/.exec(range);
  if (!match) return response;
  return response.blob().then(function (blob) {
    var start = match[1] === "" ? Math.max(0, blob.size - Number(match[2])) : Number(match[1]);
    var end = match[1] !== "" && match[2] !== "" ? Math.min(Number(match[2]), blob.size - 1) : blob.size - 1;
    if (start > end || start >= blob.size)
      return new Response(null, { status: 416, headers: { "Content-Range": "bytes */" + blob.size } });
    var headers = new Headers(response.headers);
    headers.set("Content-Range", "bytes " + start + "-" + end + "/" + blob.size);
    headers.set("Content-Length", String(end - start + 1));
    return new Response(blob.slice(start, end + 1), { status: 206, headers: headers });
  });
}

self.addEventListener("fetch", function (event) {
  var url = new URL(event.request.url);
  var course = url.origin === self.location.origin && event.request.method === "GET" && DEVICE_PATH.exec(url.pathname);
  if (!course) return;
  event.respondWith(
    caches
      .open("offline-course-" + course[1])
      .then(function (cache) {
        return cache.match(url.origin + url.pathname);
      })
      .then(function (kept) {
        if (!kept) return new Response("Not found", { status: 404 });
        var range = event.request.headers.get("range");
        return range ? partOf(kept, range) : kept;
      }),
  );
});
