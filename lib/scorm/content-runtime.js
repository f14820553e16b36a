// The SCORM runtime of one session, on the content origin, in the frame that holds the SCO: scorm-again's
// Scorm12API / Scorm2004API answers every call synchronously from its own data model (so no call is ever
// dropped and every read answers the latest write), and its commits go to this origin's commit endpoint,
// authenticated by the attempt's launch token, never by the platform's cookies.
// Nothing is lost: a commit that fails is retried with backoff (1 s doubling to 30 s) while offline or
// failing, only the newest state is sent (each commit carries the whole CMI and a sequence number after the
// last stored one, so the server keeps the newest), and when the window closes the newest state is sent with
// navigator.sendBeacon. The platform's player page hears of each stored commit through postMessage.
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
  var startedAt = null;
  var latest = null; // { sequence, body }
  var storedSequence = config.commitSeq;
  var inFlight = false;
  var delay = 1000;
  var retryTimer = null;
  var terminated = false;
  var closing = false;
  var refused = false;
  var navRequest = "_none_";
  var suspendAll = false;

  function notify(status) {
    var message = { type: "scorm-status", status: status };
    if (status === "finished") message.nav = suspendAll ? "suspendAll" : navRequest;
    window.parent.postMessage(message, config.parentOrigin);
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
    var body = JSON.stringify(commit.body);
    fetch(config.commitUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: body,
      // Not keepalive: the page is open, and at pagehide the beacon resends what is unacknowledged. A keepalive
      // request in flight would take the 64 KiB the browser allows them together, and the beacon could be refused.
      credentials: "omit",
    })
      .then(function (response) {
        if (response.status === 404 || response.status === 400 || response.status === 413) {
          refused = true;
          notify("refused");
          return;
        }
        if (!response.ok) throw new Error("HTTP " + response.status);
        storedSequence = Math.max(storedSequence, commit.sequence);
        delay = 1000;
        notify(commit.body.final ? "finished" : "saved");
      })
      .catch(function () {
        notify("retrying");
        clearTimeout(retryTimer);
        retryTimer = setTimeout(
          function () {
            retryTimer = null;
            send();
          },
          delay + Math.floor(Math.random() * 250),
        );
        delay = Math.min(delay * 2, 30000);
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
        sequence: sequence,
        body: {
          commitSequence: sequence,
          cmi: cmi,
          final: final,
          session: { id: config.sessionId, measuredSeconds: measuredSeconds() },
        },
      };
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

  // While the window is open the launch's lease is renewed; once refused (account suspended, enrolment
  // ended) nothing more is sent.
  var leaseTimer = config.guest
    ? null
    : setInterval(function () {
        fetch(config.leaseUrl, { method: "POST", credentials: "omit" })
          .then(function (response) {
            if (response.status === 404) {
              refused = true;
              clearInterval(leaseTimer);
              notify("refused");
            }
          })
          .catch(function () {});
      }, config.leaseSeconds * 1000);

  // The player's "Exit, resume later": the session ends suspended, as a SCO's suspendAll would end it.
  window.addEventListener("message", function (event) {
    if (event.origin !== config.parentOrigin || !event.data || event.data.type !== "scorm-suspend") return;
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
    send();
  });
  // The window closes (or the learner leaves): the newest state goes out with the page.
  window.addEventListener("pagehide", function () {
    closing = true;
    if (startedAt !== null && !terminated) {
      if (config.version === "1.2") api.LMSCommit("");
      else api.Commit("");
    }
    beacon();
  });

  document.getElementById("sco").src = config.scoUrl;
})();
