// The case form: move focus to the summary of errors, so keyboard and screen-reader users
// hear what to correct first (Designsystemet's error-summary pattern).
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector("[data-focus-on-load]");
  if (summary) summary.focus();
});
