/* Live preview of the condition in the right's editor (progressive enhancement: without JavaScript the
   "Voorbeeld bijwerken" button does the same with a full page). Same-origin, no inline script (strict CSP). */
(function () {
  "use strict";
  var form = document.getElementById("editor");
  var doel = document.getElementById("voorbeeld-inhoud");
  var bouwer = document.getElementById("bouwer");
  if (!form || !doel || !bouwer || !window.fetch || !window.FormData) { return; }
  var url = form.getAttribute("data-voorbeeld");
  var timer = null;
  var volgnummer = 0;

  function vernieuw() {
    var data = new FormData(form);
    data.set("actie", "voorbeeld");
    var nummer = ++volgnummer;
    fetch(url, { method: "POST", body: data, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        // Only the latest answer counts: an older, slower one must not overwrite it.
        if (html !== null && nummer === volgnummer) { doel.innerHTML = html; }
      })
      .catch(function () { /* the button still works */ });
  }

  function later(ms) {
    return function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(vernieuw, ms);
    };
  }

  bouwer.addEventListener("input", later(400));
  bouwer.addEventListener("change", later(150));
  var peildatum = document.getElementById("peildatum");
  if (peildatum) { peildatum.addEventListener("change", later(150)); }
})();
