// Saves each answer as the learner changes it, so a reload or a lost connection keeps it.
// The form still works without this script: "Save and continue later" posts everything.
(function () {
  const form = document.querySelector("form[data-autosave-url]");
  if (!form) return;
  const status = form.querySelector(".spire-autosave-status");
  const token = form.querySelector("input[name=csrfmiddlewaretoken]").value;

  function save(fieldset) {
    const data = new FormData();
    data.append("question", fieldset.dataset.question);
    fieldset.querySelectorAll("input, select").forEach(function (input) {
      if ((input.type === "radio" || input.type === "checkbox") && !input.checked) return;
      data.append(input.name, input.value);
    });
    fetch(form.dataset.autosaveUrl, {
      method: "POST",
      body: data,
      headers: { "X-CSRFToken": token },
      credentials: "same-origin",
    })
      .then(function (response) { return response.json(); })
      .then(function (result) {
        status.textContent = result.saved ? form.dataset.savedText || "✓" : result.error || "";
      })
      .catch(function () { status.textContent = ""; });
  }

  form.addEventListener("change", function (event) {
    const fieldset = event.target.closest("fieldset[data-question]");
    if (fieldset) save(fieldset);
  });
})();
