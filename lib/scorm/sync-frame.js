// The course page's sync frame, on the content origin (ADR 0049): it sends what the SCORM runtime kept on this device
// (device-queue.js), each record to its own address with its launch token, the only credential (no cookie of the
// platform reaches this origin), and tells the page how many records wait, how many were stored now and which could
// not be recorded and why. A record whose token has run out waits for its lesson's next launch, which sends it. It
// sends again when the connection returns and every 30 s while something it can send waits.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("scorm-sync").textContent);
  var queue = window.ScormDeviceQueue;
  var sent = 0;
  var problems = [];
  var running = false;
  var timer = null;

  var sendable = function (record) {
    return record.expiresAt * 1000 > Date.now();
  };
  // What waits here: an open player window sends its own record.
  var waiting = function () {
    return queue.all().filter(function (record) {
      return !queue.isLive(record.attemptId);
    });
  };

  // "later": records whose token ran out, which only their lesson's next launch sends.
  function report() {
    var records = waiting();
    var later = records.filter(function (record) {
      return !sendable(record);
    }).length;
    window.parent.postMessage(
      { type: "scorm-sync", waiting: records.length, later: later, sent: sent, problems: problems },
      config.parentOrigin,
    );
    clearTimeout(timer);
    if (records.length > later) timer = setTimeout(run, 30000);
  }

  function run() {
    if (running) return;
    running = true;
    var records = waiting().filter(sendable);
    (function next() {
      var record = records.shift();
      if (!record || !navigator.onLine) {
        running = false;
        return report();
      }
      queue.send(record).then(function (outcome) {
        if (outcome === "stored") sent++;
        else if (outcome !== "duplicate" && outcome !== "failed" && problems.indexOf(outcome) < 0)
          problems.push(outcome);
        next();
      });
    })();
  }

  window.addEventListener("online", run);
  run();
})();
