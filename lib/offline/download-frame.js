// The download frame on the content origin (ADR 0051), framed by the course page and the dashboard. It keeps courses
// for offline use in this origin's storage: each course's files in the cache offline-course-<courseId> under
// /device/<courseId>/<path> (served by device-worker.js), and what it keeps (title, size, grant) in localStorage. It
// hears from the platform page only (its origin is in the settings): "download" a course's list, fetched file by file
// under its grant (files already kept are not fetched again, so an interrupted download resumes), after checking the
// storage quota; "remove" a course. At each connection it asks the server about its grants and deletes the courses
// whose grant is revoked or expired. It reports the courses kept, the progress and any failure to that page.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("offline-download").textContent);
  var KEPT = "clikc.offline.courses";
  var DEVICE = "clikc.offline.device";
  var busy = {};

  var cacheName = function (courseId) {
    return "offline-course-" + courseId;
  };
  var encodePath = function (path) {
    return path.split("/").map(encodeURIComponent).join("/");
  };
  var deviceUrl = function (courseId, path) {
    return location.origin + "/device/" + courseId + "/" + encodePath(path);
  };
  var post = function (message) {
    window.parent.postMessage(message, config.parentOrigin);
  };

  function readKept() {
    try {
      return JSON.parse(localStorage.getItem(KEPT) || "{}");
    } catch {
      return {};
    }
  }
  function writeKept(kept) {
    localStorage.setItem(KEPT, JSON.stringify(kept));
  }
  function deviceId() {
    var id = localStorage.getItem(DEVICE);
    if (!id) {
      id = crypto.randomUUID();
      localStorage.setItem(DEVICE, id);
    }
    return id;
  }

  function report() {
    var kept = readKept();
    post({
      type: "offline-state",
      deviceId: deviceId(),
      courses: Object.keys(kept).map(function (courseId) {
        var course = kept[courseId];
        return { courseId: courseId, title: course.title, bytes: course.bytes, complete: course.complete };
      }),
    });
  }

  function remove(courseId) {
    var kept = readKept();
    delete kept[courseId];
    writeKept(kept);
    return caches.delete(cacheName(courseId));
  }

  // At each connection: the server says which grants no longer hold, and those courses leave the device.
  function checkGrants() {
    var kept = readKept();
    var ids = Object.keys(kept);
    if (!ids.length || !navigator.onLine) return Promise.resolve();
    return fetch("/offline-grants", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        grants: ids.map(function (id) {
          return kept[id].grant;
        }),
      }),
    })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (answer) {
        if (!answer) return;
        return Promise.all(
          ids.map(function (id, i) {
            return answer.states[i] === "active" ? null : remove(id);
          }),
        );
      })
      .catch(function () {
        // No connection after all: what is kept stays until the server can answer.
      });
  }

  function download(list, title) {
    var courseId = list.courseId;
    if (busy[courseId]) return Promise.resolve();
    busy[courseId] = true;
    var cache;
    var done = 0;
    var progress = function () {
      post({ type: "offline-progress", courseId: courseId, done: done, total: list.bytes });
    };
    return caches
      .open(cacheName(courseId))
      .then(function (opened) {
        cache = opened;
        return cache.keys();
      })
      .then(function (requests) {
        var stored = {};
        requests.forEach(function (request) {
          stored[request.url] = true;
        });
        var wanted = {};
        list.files.forEach(function (file) {
          wanted[deviceUrl(courseId, file.path)] = true;
        });
        // Files the course no longer has (a package replaced since) leave the device.
        requests.forEach(function (request) {
          if (!wanted[request.url]) cache.delete(request);
        });
        var missing = list.files.filter(function (file) {
          return !stored[deviceUrl(courseId, file.path)];
        });
        var needed = missing.reduce(function (sum, file) {
          return sum + file.bytes;
        }, 0);
        done = list.bytes - needed;
        return navigator.storage.estimate().then(function (estimate) {
          var available = estimate.quota - estimate.usage;
          if (available < needed) {
            post({ type: "offline-short", courseId: courseId, needed: needed, available: available });
            return false;
          }
          var kept = readKept();
          kept[courseId] = { title: title, bytes: list.bytes, grant: list.grant, complete: false };
          writeKept(kept);
          // A course kept whole, given its new list: the grant is renewed, nothing is fetched or shown.
          if (!missing.length) return missing;
          return (navigator.storage.persist ? navigator.storage.persist() : Promise.resolve(false)).then(function () {
            progress();
            return missing;
          });
        });
      })
      .then(function (missing) {
        if (!missing) return;
        return missing
          .reduce(function (previous, file) {
            return previous.then(function () {
              return fetch("/offline/" + list.grant + "/" + encodePath(file.path)).then(function (response) {
                if (!response.ok) throw new Error("refused");
                return cache.put(deviceUrl(courseId, file.path), response).then(function () {
                  done += file.bytes;
                  progress();
                });
              });
            });
          }, Promise.resolve())
          .then(function () {
            var kept = readKept();
            if (kept[courseId]) kept[courseId].complete = true;
            writeKept(kept);
          });
      })
      .catch(function () {
        post({ type: "offline-failed", courseId: courseId });
      })
      .then(function () {
        busy[courseId] = false;
        report();
      });
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== config.parentOrigin || !data || typeof data.courseId !== "string") return;
    if (data.type === "offline-download" && data.list && data.list.courseId === data.courseId)
      download(data.list, String(data.title || ""));
    if (data.type === "offline-remove") remove(data.courseId).then(report);
  });
  window.addEventListener("online", function () {
    checkGrants().then(report);
  });

  try {
    deviceId();
  } catch {
    // Storage refused (a browser that blocks this origin's data in a frame): the page says nothing can be kept.
    return post({ type: "offline-unavailable" });
  }
  (navigator.serviceWorker
    ? navigator.serviceWorker.register("/device/worker.js", { scope: "/device/" })
    : Promise.resolve()
  )
    .catch(function () {
      // Without a worker the courses are kept all the same; they open from the device once it can register.
    })
    .then(checkGrants)
    .then(report);
})();
