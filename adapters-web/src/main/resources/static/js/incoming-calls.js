// Shows each incoming call the phone system reports, on whatever dashboard page is open, without a reload. The
// Content-Security-Policy allows scripts from this site only, so this file is the whole of the dashboard's script;
// every text is set as text, never as markup, since a caller's number or a party's name is not ours to trust.
(function () {
    "use strict";
    var popup = document.getElementById("call-popup");
    if (!popup || typeof EventSource === "undefined") {
        return;
    }

    function byId(id) {
        return document.getElementById(id);
    }

    function show(element, visible) {
        element.hidden = !visible;
    }

    function fill(list, lines) {
        list.replaceChildren();
        lines.forEach(function (line) {
            var item = document.createElement("li");
            item.textContent = line;
            list.appendChild(item);
        });
    }

    function strength(percent) {
        return popup.dataset.strength.replace("{0}", String(percent));
    }

    function ring(call) {
        // A mail is known by its sender's address; the number, if any, is the one its signature gave.
        var mail = call.channel === "EMAIL";
        byId("call-popup-title").textContent = mail ? popup.dataset.titleEmail : popup.dataset.titlePhone;
        byId("call-number").textContent = mail
            ? [call.from, call.number].filter(Boolean).join(" ／ ")
            : call.number || call.from || "";
        var verdict = byId("call-verdict");
        verdict.textContent = call.verdictText || "";
        verdict.className = "verdict" + (call.verdict ? " verdict-" + call.verdict : "");
        show(verdict, Boolean(call.verdict));
        show(byId("call-withheld"), call.withheld);
        show(byId("call-unreadable"), call.unreadable);
        show(byId("call-unknown"), !mail && Boolean(call.number) && !call.party);
        show(byId("call-unknown-sender"), mail && !call.party);

        var party = call.party;
        show(byId("call-party"), Boolean(party));
        if (party) {
            var name = byId("call-party-name");
            name.textContent = party.name;
            name.href = popup.dataset.intake + "parties/" + encodeURIComponent(party.id);
            byId("call-party-status").textContent = party.statusText;
            byId("call-party-status").className = "status status-" + party.status;
            fill(byId("call-evidence"), party.evidence.map(function (e) {
                return e.kind + ": " + e.detail + " (" + strength(e.strengthPercent) + ")";
            }));
        }
        show(byId("call-reasons-section"), call.reasons.length > 0);
        fill(byId("call-reasons"), call.reasons);

        // The intake form gets what the contact told: a number, and for a mail its sender. Without either the button
        // would only open an empty form.
        var carried = [];
        if (call.number) {
            carried.push("phone=" + encodeURIComponent(call.number));
        }
        if (mail && call.from) {
            carried.push("email=" + encodeURIComponent(call.from));
        }
        var intake = byId("call-open-intake");
        intake.href = popup.dataset.intake + (carried.length ? "?" + carried.join("&") : "");
        show(intake, carried.length > 0);
        popup.dataset.callId = call.contactId;
        // Shown and announced, but the cursor stays where staff are typing: a call must not swallow their keys.
        show(popup, true);
    }

    byId("call-close").addEventListener("click", function () {
        show(popup, false);
    });
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && !popup.hidden) {
            show(popup, false);
        }
    });

    var calls = new EventSource(popup.dataset.stream);
    calls.addEventListener("open", function () {
        popup.dataset.listening = "true";
    });
    calls.addEventListener("error", function () {
        popup.dataset.listening = "false";
    });
    calls.addEventListener("call", function (message) {
        ring(JSON.parse(message.data));
    });
})();
