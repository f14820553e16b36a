// What the SCORM runtime keeps on the device until the server has it (ADR 0049), on the content origin, shared by
// the player's runtime (content-runtime.js) and the course page's sync frame (sync-frame.js). Each commit carries
// the whole CMI, so per attempt only the newest is kept: its sequence number, its body and the address (with the
// launch token) it is committed to. localStorage, not IndexedDB: a commit made as the window closes must be written
// before the page is gone, and only a synchronous write is. A record leaves the device only once the server has
// answered it: stored, already stored, or refused for a reason the caller reports.
(function () {
  "use strict";
  var PREFIX = "clikc.scorm.waiting.";
  var SYNCED = "clikc.scorm.syncedAt";
  // An open player window says so every few seconds: what it keeps is its own to send, not the sync frame's.
  var LIVE = "clikc.scorm.live.";
  var LIVE_MS = 15000;

  function read(key) {
    try {
      var value = localStorage.getItem(key);
      return value ? JSON.parse(value) : null;
    } catch {
      return null;
    }
  }

  var queue = {
    /** Keeps the record unless a newer one of its attempt is kept; false when the device cannot store it. */
    keep: function (record) {
      var kept = read(PREFIX + record.attemptId);
      if (kept && kept.sequence > record.sequence) return true;
      try {
        localStorage.setItem(PREFIX + record.attemptId, JSON.stringify(record));
        return true;
      } catch {
        return false;
      }
    },
    /** Forgets the attempt's record once the server has answered it, unless a newer one was kept meanwhile. */
    release: function (attemptId, sequence) {
      var kept = read(PREFIX + attemptId);
      try {
        if (kept && kept.sequence <= sequence) localStorage.removeItem(PREFIX + attemptId);
      } catch {
        // Nothing to do: a record left behind is answered "duplicate" the next time.
      }
    },
    get: function (attemptId) {
      return read(PREFIX + attemptId);
    },
    all: function () {
      var records = [];
      try {
        for (var i = 0; i < localStorage.length; i++) {
          var key = localStorage.key(i);
          if (key && key.indexOf(PREFIX) === 0) {
            var record = read(key);
            if (record) records.push(record);
          }
        }
      } catch {
        return records;
      }
      return records;
    },
    /** The attempt's window is open (called every 5 s), or closed (at pagehide). */
    live: function (attemptId, open) {
      try {
        if (open) localStorage.setItem(LIVE + attemptId, String(Date.now()));
        else localStorage.removeItem(LIVE + attemptId);
      } catch {
        // Then the sync frame may send the open window's record too: the server answers one of them "duplicate".
      }
    },
    isLive: function (attemptId) {
      return Date.now() - (Number(read(LIVE + attemptId)) || 0) < LIVE_MS;
    },
    syncedAt: function () {
      return Number(read(SYNCED)) || null;
    },
    /**
     * Sends a record to `url` (the current launch of the same attempt) or to its own address, and answers what
     * became of it: "stored"; "duplicate" (the server had it); "newer" (a newer record of another window or device
     * is kept); "finished" (the attempt is over); "refused" (the launch may no longer record: enrolment ended,
     * account suspended, or a malformed record); "expired" (its launch token ran out: kept for the attempt's next
     * launch); "failed" (offline, or the server failed: kept, sent again later). Only the last two stay on the device.
     */
    send: function (record, url) {
      return fetch(url || record.url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(record.body),
        credentials: "omit",
      })
        .then(function (response) {
          if (response.status === 404 && !url && record.expiresAt * 1000 <= Date.now()) return "expired";
          if (response.status === 404 || response.status === 400 || response.status === 413) return "refused";
          if (!response.ok) return "failed";
          return response.json().then(function (answer) {
            if (answer.stored) return "stored";
            var why = answer.notStored;
            // A review records nothing by design (ADR 0021): answered, nothing lost.
            if (why === "review") return "duplicate";
            return why === "duplicate" || why === "newer" || why === "finished" ? why : "failed";
          });
        })
        .catch(function () {
          return "failed";
        })
        .then(function (outcome) {
          if (outcome === "failed" || outcome === "expired") return outcome;
          queue.release(record.attemptId, record.sequence);
          if (outcome === "stored" || outcome === "duplicate") {
            try {
              localStorage.setItem(SYNCED, String(Date.now()));
            } catch {
              // The time of the last sync is only shown.
            }
          }
          return outcome;
        });
    },
  };
  window.ScormDeviceQueue = queue;
})();
