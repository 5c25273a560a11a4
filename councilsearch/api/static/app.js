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

  // On a phone the filters fold behind their summary (unless some are set), so the question
  // and the results come first; without this file they simply stay open.
  function foldFilters() {
    var fold = document.getElementById("filters-fold");
    if (!fold || !window.matchMedia("(max-width: 40rem)").matches) return;
    if (!/\(\d+ set\)/.test(fold.querySelector("summary").textContent)) fold.open = false;
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
})();
