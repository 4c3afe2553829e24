// Keyboard shortcuts for the operator console: a key press activates the control that declares
// it (data-shortcut="s" with aria-keyshortcuts), so a curator settles a review pair in one key.
// Every action works without this script; it adds no content and runs nothing else.
(function () {
  "use strict";
  function typing(target) {
    if (!target || !target.tagName) return false;
    var tag = target.tagName.toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }
  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (typing(event.target)) return;
    var key = (event.key || "").toLowerCase();
    if (key.length !== 1) return;
    var control = document.querySelector('[data-shortcut="' + key + '"]');
    if (!control || control.disabled) return;
    event.preventDefault();
    control.click();
  });
})();
