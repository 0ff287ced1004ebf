// The case search's filters start open, so they work without JavaScript. On a narrow screen
// they would push the results far down, so there they start closed; the summary line says how
// many are chosen, and the chosen ones are listed above the results. They close without
// Designsystemet's opening animation, which would otherwise play on every page load.
(function () {
  "use strict";
  document.querySelectorAll("details[data-collapse-below]").forEach(function (details) {
    if (!window.matchMedia("(max-width: " + details.dataset.collapseBelow + ")").matches) return;
    details.setAttribute("data-instant", "");
    details.open = false;
    window.requestAnimationFrame(function () {
      window.requestAnimationFrame(function () {
        details.removeAttribute("data-instant");
      });
    });
  });
})();
