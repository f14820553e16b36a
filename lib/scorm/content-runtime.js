// The SCORM runtime of one session, on the content origin, in the frame that holds the SCO: scorm-again's
// Scorm12API / Scorm2004API answers every call synchronously from its own data model (so no call is ever
// dropped and every read answers the latest write), and its commits go to this origin's commit endpoint,
// authenticated by the attempt's launch token, never by the platform's cookies.
// Nothing is lost: every commit is kept on the device (device-queue.js, ADR 0049) before it is sent and forgotten
// only once the server has answered it; a commit that fails is retried with backoff (1 s doubling to 30 s) while
// offline or failing, only the newest state is sent (each commit carries the whole CMI and a sequence number after
// the last stored one, so the server keeps the newest), and when the window closes the newest state is sent with
// navigator.sendBeacon. What an earlier session left on the device is sent at the next launch: the same attempt's
// record first, before the SCO loads (the session then starts again from what the server holds), then the others.
// The platform's player page hears of each commit through postMessage, with what waits on the device.
// SCORM 2004 navigation from the SCO: adl.nav.request_valid answers what the server's sequencing decided at launch
// (config.navValid), and the request the SCO leaves in adl.nav.request when it terminates goes to the player page
// with the "finished" report, once the final commit is stored; the player acts on it with the server's
// sequencing. suspendAll (or the player's "Exit, resume later", a "scorm-suspend" message) ends the session with
// exit "suspend", so the attempt is resumed (entry "resume") at the next launch.
// A guest's session (config.guest, ADR 0042) has no commit or lease address: every commit is answered "true" in
// the frame and nothing leaves it; its end is reported to the player page like a learner's.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("scorm-launch").textContent);
  var queue = window.ScormDeviceQueue;
  var startedAt = null;
  var latest = null; // the record kept on the device: { attemptId, url, expiresAt, sequence, body }
  var storedSequence = config.commitSeq;
  var inFlight = false;
  var delay = 1000;
  var retryTimer = null;
  var terminated = false;
  var closing = false;
  var refused = false;
  var navRequest = "_none_";
  var suspendAll = false;
  // The last record the server did not take, or "storage" when the device could not keep one: shown by the player.
  var problem = null;

  // "device" reports only what waits on the device (the connection changed, an earlier session's record was sent).
  function notify(status) {
    var message = { type: "scorm-status", status: status };
    if (status === "finished") message.nav = suspendAll ? "suspendAll" : navRequest;
    if (!config.guest)
      message.device = {
        // What this window can send: another lesson's record whose token ran out waits for that lesson's launch.
        waiting: queue.all().filter(function (record) {
          return record.attemptId === config.attemptId || record.expiresAt * 1000 > Date.now();
        }).length,
        syncedAt: queue.syncedAt(),
        online: navigator.onLine,
        problem: problem,
      };
    window.parent.postMessage(message, config.parentOrigin);
  }

  // What a failure is retried with: the session's newest commit, or an earlier session's record before the SCO loads.
  var retrying = null;
  function retryLater(again) {
    clearTimeout(retryTimer);
    retrying = again;
    retryTimer = setTimeout(
      function () {
        retryTimer = null;
        retrying = null;
        again();
      },
      delay + Math.floor(Math.random() * 250),
    );
    delay = Math.min(delay * 2, 30000);
  }

  function pendingNavRequest() {
    var request = api.adl && api.adl.nav ? api.adl.nav.request : "_none_";
    return typeof request === "string" ? request : "_none_";
  }

  function measuredSeconds() {
    return startedAt === null ? 0 : Math.floor((Date.now() - startedAt) / 1000);
  }

  function send() {
    if (config.guest) return;
    if (inFlight || refused || !latest || latest.sequence <= storedSequence) return;
    var commit = latest;
    inFlight = true;
    // Not keepalive: the page is open, and at pagehide the beacon resends what is unacknowledged. A keepalive
    // request in flight would take the 64 KiB the browser allows them together, and the beacon could be refused.
    queue
      .send(commit, config.commitUrl)
      .then(function (outcome) {
        if (outcome === "failed") {
          notify("retrying");
          retryLater(send);
          return;
        }
        if (outcome === "refused") {
          refused = true;
          problem = "refused";
          notify("refused");
          return;
        }
        storedSequence = Math.max(storedSequence, commit.sequence);
        delay = 1000;
        // Said until the window closes: a later commit that is stored does not make this one recorded. A review's
        // commits are never recorded (ADR 0021): nothing to say.
        if (config.keep && (outcome === "newer" || outcome === "finished")) problem = outcome;
        notify(commit.body.final ? "finished" : outcome === "stored" || outcome === "duplicate" ? "saved" : "device");
      })
      .then(function () {
        inFlight = false;
        if (latest && latest.sequence > storedSequence && !retryTimer) send();
      });
  }

  function beacon() {
    if (config.guest) return;
    if (!latest || latest.sequence <= storedSequence || refused) return;
    var body = JSON.stringify(latest.body);
    if (!navigator.sendBeacon(config.commitUrl, new Blob([body], { type: "text/plain;charset=UTF-8" }))) {
      fetch(config.commitUrl, { method: "POST", body: body, keepalive: true, credentials: "omit" }).catch(
        function () {},
      );
    }
  }

  // scorm-again's HTTP service: it records the commit and answers at once; delivery is ours.
  var httpService = {
    processHttpRequest: function (_url, params, _immediate, _log, _listeners, metadata) {
      var cmi = params && params.cmi ? params.cmi : params;
      var sequence = config.commitSeq + (params && params.commitSequence ? params.commitSequence : 0);
      var final = !!(metadata && metadata.isTerminateCommit);
      if (final && config.version === "2004") {
        // Read before Terminate resets it; suspendAll leaves the attempt suspended, whatever cmi.exit says.
        navRequest = pendingNavRequest();
        if (navRequest === "suspendAll") suspendAll = true;
      }
      if (final && suspendAll) {
        if (config.version === "1.2") cmi.core = Object.assign({}, cmi.core, { exit: "suspend" });
        else cmi.exit = "suspend";
      }
      latest = {
        attemptId: config.attemptId,
        url: config.commitUrl,
        expiresAt: config.tokenExpiresAt,
        sequence: sequence,
        body: {
          commitSequence: sequence,
          cmi: cmi,
          final: final,
          session: { id: config.sessionId, measuredSeconds: measuredSeconds() },
        },
      };
      // Kept before it is sent: closing the window, reloading or losing the connection now loses nothing.
      if (config.keep) {
        if (!queue.keep(latest)) problem = "storage";
        else if (problem === "storage") problem = null;
      }
      if (config.guest) {
        if (final) notify("finished");
      } else if (closing) beacon();
      else {
        clearTimeout(retryTimer);
        retryTimer = null;
        send();
      }
      return { result: true, errorCode: 0 };
    },
    updateSettings: function () {},
  };

  var settings = {
    // A guest's commits reach httpService too (which sends none of them): scorm-again needs an address to call it.
    lmsCommitUrl: config.commitUrl || "about:blank",
    httpService: httpService,
    autocommit: true,
    autocommitSeconds: 30,
    includeCommitSequence: true,
    sendFullCommit: false,
    accumulateSessionTimeOnTerminate: true,
    mastery_override: config.version === "1.2",
    logLevel: 4,
  };
  // scorm-again answers GetValue("adl.nav.request_valid.choice.{target=…}") from this validator (or from its own
  // sequencing engine, which the frame does not run), never from the values set on request_valid.choice.
  if (config.version === "2004" && config.navValid) {
    settings.scoItemIdValidator = function (target) {
      return config.navValid.choice[target] === true;
    };
  }
  var api = config.version === "1.2" ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
  api.loadFromJSON(config.cmi, "cmi");
  if (config.version === "2004" && config.navValid && api.adl && api.adl.nav) {
    var valid = api.adl.nav.request_valid;
    valid.continue = config.navValid.continue ? "true" : "false";
    valid.previous = config.navValid.previous ? "true" : "false";
    var choices = {};
    Object.keys(config.navValid.choice).forEach(function (identifier) {
      choices[identifier] = config.navValid.choice[identifier] ? "true" : "false";
    });
    valid.choice.setAll(choices);
  }
  api.on(config.version === "1.2" ? "LMSInitialize" : "Initialize", function () {
    startedAt = Date.now();
  });
  api.on(config.version === "1.2" ? "LMSFinish" : "Terminate", function () {
    terminated = true;
  });
  if (config.version === "1.2") window.API = api;
  else window.API_1484_11 = api;

  // While the window is open the launch's lease is renewed. A refusal stops nothing: a lease that ran out while
  // offline is renewed by the next stored commit (and then by this timer again), and whether the session may still be
  // recorded is the server's answer to each commit (an ended enrolment, a suspended account: "refused").
  if (!config.guest)
    setInterval(function () {
      fetch(config.leaseUrl, { method: "POST", credentials: "omit" }).catch(function () {});
    }, config.leaseSeconds * 1000);

  // The player's "Exit, resume later": the session ends suspended, as a SCO's suspendAll would end it. The player asks
  // what waits on the device when it starts listening ("scorm-report"), in case it missed the first report.
  window.addEventListener("message", function (event) {
    if (event.origin !== config.parentOrigin || !event.data) return;
    if (event.data.type === "scorm-report" && !config.guest) return notify("device");
    if (event.data.type !== "scorm-suspend") return;
    suspendAll = true;
    if (startedAt !== null && !terminated) {
      if (config.version === "1.2") api.LMSFinish("");
      else api.Terminate("");
    } else notify("finished");
  });

  window.addEventListener("online", function () {
    clearTimeout(retryTimer);
    retryTimer = null;
    delay = 1000;
    notify("device");
    var again = retrying || send;
    retrying = null;
    again();
  });
  window.addEventListener("offline", function () {
    notify("device");
  });
  // The window closes (or the learner leaves): the newest state goes out with the page, and what stays on the device
  // is the sync frame's to send from now on.
  window.addEventListener("pagehide", function () {
    closing = true;
    if (config.keep) queue.live(config.attemptId, false);
    if (startedAt !== null && !terminated) {
      if (config.version === "1.2") api.LMSCommit("");
      else api.Commit("");
    }
    beacon();
  });

  // What earlier sessions left on this device for other attempts, one record after another, each to its own address
  // (one whose token ran out waits for its own lesson's launch).
  function sendKept(records) {
    if (!records.length) return notify("device");
    var record = records.shift();
    queue.send(record).then(function (outcome) {
      if (outcome === "newer" || outcome === "finished" || outcome === "refused") problem = outcome;
      sendKept(records);
    });
  }

  function begin() {
    document.getElementById("sco").src = config.scoUrl;
    if (config.guest) return;
    if (config.keep) {
      queue.live(config.attemptId, true);
      setInterval(function () {
        queue.live(config.attemptId, true);
      }, 5000);
    }
    sendKept(
      queue.all().filter(function (record) {
        var mine = record.attemptId === config.attemptId && config.keep;
        return !mine && !queue.isLive(record.attemptId) && record.expiresAt * 1000 > Date.now();
      }),
    );
  }

  // This attempt's record kept by an earlier session. Newer than the server's: it goes first, through this launch's
  // address (valid whatever became of the earlier token), and the session starts again from what the server then
  // holds, so no commit of this session is built on an older state. Otherwise the server had it (it stored that
  // session's record last) or another window or device stored a newer one, which is said.
  var own = config.keep ? queue.get(config.attemptId) : null;
  if (own && own.sequence <= config.commitSeq) {
    if (own.body.session.id !== config.lastSessionId) problem = "newer";
    queue.release(own.attemptId, own.sequence);
    own = null;
  }
  if (own) {
    var deliver = function () {
      queue.send(own, config.commitUrl).then(function (outcome) {
        // Stored now, or by a beacon that arrived after this page was drawn: the server is ahead of this page.
        if (outcome === "stored" || outcome === "duplicate") return window.location.reload();
        if (outcome === "failed") return retryLater(deliver);
        problem = outcome;
        begin();
      });
    };
    notify("device");
    deliver();
  } else begin();
})();
