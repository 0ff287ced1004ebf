// The case form: move focus to the summary of errors, so keyboard and screen-reader users
// hear what to correct first (Designsystemet's error-summary pattern).
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector("[data-focus-on-load]");
  if (summary) summary.focus();
});

// «Add a row» in a list of rows (phases, suppliers, …): copy the empty row the page carries in a
// <template>, give it the next number, and count it in the formset's TOTAL_FORMS. Without
// JavaScript the button stays hidden and saving the draft adds an empty row, as before.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("[data-formset-add]")) {
    const formset = button.closest(".spire-formset");
    const prefix = button.dataset.formsetAdd;
    const total = formset.querySelector(`input[name="${prefix}-TOTAL_FORMS"]`);
    const max = formset.querySelector(`input[name="${prefix}-MAX_NUM_FORMS"]`);
    const template = formset.querySelector("template[data-formset-empty-row]");
    const rows = formset.querySelector("[data-formset-rows]");
    if (!total || !template || !rows) continue;
    const hint = formset.querySelector("[data-formset-no-js]");
    if (hint) hint.hidden = true;
    button.hidden = false;
    button.addEventListener("click", () => {
      const index = Number(total.value);
      if (max && index >= Number(max.value)) return;
      const html = template.innerHTML
        .replaceAll("__prefix__", String(index))
        .replaceAll("__number__", String(index + 1));
      rows.insertAdjacentHTML("beforeend", html);
      total.value = String(index + 1);
      const row = rows.lastElementChild;
      const first = row && row.querySelector("input:not([type=hidden]), select, textarea");
      if (first) first.focus();
    });
  }
});
