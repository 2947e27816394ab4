(function () {
  "use strict";
  var me = document.currentScript, root = me && me.parentNode;
  if (!root || !root.querySelector) return;
  var tip = root.querySelector(".nm-tip"), lit = [];
  root.querySelectorAll(".nm-text [title]").forEach(function (el) {
    el.setAttribute("data-tip", el.getAttribute("title"));
    el.removeAttribute("title");
  });
  function hide() { tip.hidden = true; }
  function show(target) {
    var notes = [], el = target;
    while (el && el !== root && el.nodeType === 1) {
      if (el.hasAttribute("data-tip")) notes.push(el.getAttribute("data-tip"));
      el = el.parentNode;
    }
    if (!notes.length) { hide(); return; }
    tip.textContent = "";
    notes.forEach(function (note) {
      var lines = note.split("\n"), box = document.createElement("div"), head = document.createElement("strong");
      head.textContent = lines[0];
      box.appendChild(head);
      for (var k = 1; k < lines.length; k++) {
        box.appendChild(document.createElement("br"));
        box.appendChild(document.createTextNode(lines[k]));
      }
      tip.appendChild(box);
    });
    tip.hidden = false;
    var r = target.getBoundingClientRect(), w = tip.offsetWidth, h = tip.offsetHeight;
    var x = Math.max(4, Math.min(r.left, window.innerWidth - w - 4)), y = r.bottom + 6;
    if (y + h > window.innerHeight - 4) y = Math.max(4, r.top - h - 6);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function light(row) {
    lit.forEach(function (el) { el.classList.remove("nm-hl"); });
    lit = [];
    if (!row) return;
    var section = row.closest(".nm-article"), group = row.getAttribute("data-hl");
    lit = Array.prototype.slice.call(section.querySelectorAll(".nm-text [data-group]")).filter(function (el) {
      return el.getAttribute("data-group") === group;
    });
    lit.push(row);
    lit.forEach(function (el) { el.classList.add("nm-hl"); });
  }
  root.addEventListener("mouseover", function (e) {
    var t = e.target;
    if (t.closest(".nm-text")) show(t); else hide();
    light(t.closest(".nm-panel [data-hl]"));
  });
  root.addEventListener("mouseleave", function () { hide(); light(null); });
  root.addEventListener("focusin", function (e) { if (e.target.closest(".nm-text")) show(e.target); });
  root.addEventListener("focusout", hide);
  root.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  function follow(e) {
    var el = e.target.closest("[data-href]");
    if (!el || (e.type === "keydown" && e.key !== "Enter")) return;
    var to = document.getElementById(el.getAttribute("data-href"));
    if (to) to.scrollIntoView({block: "center"});
  }
  root.addEventListener("click", follow);
  root.addEventListener("keydown", follow);
})();
