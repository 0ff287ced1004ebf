// The dashboard keeps each section's tables in a disclosure (<details>). A link to a section or
// a table (from the key figures, "To follow up", the contents list or a "show all rows" link)
// opens the disclosure it leads into, so following a link always shows what it points at.
(function () {
  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    var details = target.closest("details");
    if (!details) {
      var section = target.closest("section");
      details = section && section.querySelector("details.spire-details");
    }
    if (details && !details.open) {
      details.open = true;
      target.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", openTarget);
  document.addEventListener("DOMContentLoaded", openTarget);
})();
