// Small enhancements; every page works without them.
(function () {
  "use strict";

  function announce(button, text) {
    var box = button.closest("section, div, article");
    var status = box && box.querySelector("[role=status]");
    if (!status) { status = document.querySelector("[role=status]"); }
    if (status) { status.textContent = text; }
  }

  function copy(button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field) { return; }
    var done = function () { announce(button, "Copied " + field.value); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, function () {
        field.select();
        announce(button, "Press Ctrl+C to copy the selected address");
      });
    } else {
      field.select();
      done();
      try { document.execCommand("copy"); } catch (e) { /* the text stays selected */ }
    }
  }

  document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { copy(button); });
  });

  // Keep bookmarked URLs short: leave empty filters out of the query.
  document.querySelectorAll("form.filters").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input[name], select[name]").forEach(function (field) {
        var isDefault = field.value === "" || (field.name === "order" && field.value === "newest");
        if (isDefault) { field.disabled = true; }
      });
      window.setTimeout(function () {
        form.querySelectorAll("[disabled]").forEach(function (field) { field.disabled = false; });
      }, 0);
    });
  });
})();
