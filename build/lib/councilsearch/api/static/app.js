// councilsearch: small progressive enhancements. Everything works without this file.
(function () {
  "use strict";
  // On a document opened at a citation, move focus to the highlighted span, so keyboard and
  // screen-reader users land where sighted users are scrolled to.
  function focusCited() {
    if (window.location.hash !== "#hl") return;
    var mark = document.getElementById("hl");
    if (mark) {
      mark.focus({ preventScroll: false });
      mark.scrollIntoView({ block: "center" });
    }
  }
  document.addEventListener("DOMContentLoaded", focusCited);
  window.addEventListener("hashchange", focusCited);

  // On a phone the filters (unless some are set) and the facet panel fold behind their
  // summaries, so the question and the results come first; without this file they stay open.
  function foldFilters() {
    var fold = document.getElementById("filters-fold");
    if (!fold || !window.matchMedia("(max-width: 40rem)").matches) return;
    if (!/\(\d+ set\)/.test(fold.querySelector("summary").textContent)) fold.open = false;
    var facets = document.getElementById("facets-fold");
    if (facets) facets.open = false;
  }
  document.addEventListener("DOMContentLoaded", foldFilters);

  // "/" jumps to the search box (unless already typing somewhere).
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "/" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var t = ev.target;
    var typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
    var box = document.getElementById("q") || document.getElementById("fq");
    if (!typing && box) {
      ev.preventDefault();
      box.focus();
      box.select();
    }
  });
  // "Watch this search": save the page's search as an alert, POST /alerts with the write key
  // (kept for this browser tab only, in sessionStorage, so it is asked once).
  function watchForm() {
    var form = document.getElementById("watch-form");
    if (!form) return;
    var keyBox = document.getElementById("watch-key");
    var status = document.getElementById("watch-status");
    try { keyBox.value = window.sessionStorage.getItem("councilsearch-write-key") || ""; } catch (e) { /* no storage */ }
    function say(text, link) {
      status.textContent = text;
      if (link) {
        var a = document.createElement("a");
        a.href = link;
        a.textContent = "See your alerts";
        status.appendChild(document.createTextNode(" "));
        status.appendChild(a);
      }
    }
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var body = { type: form.getAttribute("data-type") };
      var op = null;
      var amount = null;
      Array.prototype.forEach.call(form.elements, function (el) {
        if (!el.name || el.name === "key") return;
        if (el.name === "op") { op = el.value; return; }
        if (el.name === "amount") { amount = el.value; return; }
        if (el.value) body[el.name] = el.value;
      });
      if (op) body[op] = amount;
      var key = keyBox.value.trim();
      try { window.sessionStorage.setItem("councilsearch-write-key", key); } catch (e) { /* no storage */ }
      say("Saving…");
      fetch("/alerts", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Authorization": "Bearer " + key },
        body: JSON.stringify(body)
      }).then(function (r) {
        return r.json().then(function (data) { return { ok: r.ok, data: data }; });
      }).then(function (res) {
        if (res.ok) {
          say("Saved as alert " + res.data.id + ": " + res.data.rule + ".", "/alerts#alert-" + res.data.id);
        } else {
          say("Not saved: " + ((res.data.error && res.data.error.message) || "the server refused it") + ".");
        }
      }).catch(function () { say("Not saved: the server could not be reached."); });
    });
  }
  document.addEventListener("DOMContentLoaded", watchForm);
})();
