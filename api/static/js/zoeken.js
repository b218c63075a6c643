// Progressive enhancement of /rechten: results follow the search term and the filters while typing.
// Without JavaScript the form's submit button does the same. The page itself is fetched (same URL the form
// would open) and only the results are swapped in; a polite live region announces the new count.
(function () {
  var form = document.querySelector("form.zoekformulier");
  var doel = document.getElementById("zoekresultaten");
  var melding = document.getElementById("live-telling");
  if (!form || !doel || !melding || !window.fetch || !window.DOMParser) return;
  var volgnummer = 0;
  var wacht = null;

  function url() {
    var params = new URLSearchParams(new FormData(form));
    return form.getAttribute("action") + "?" + params.toString();
  }

  function ververs() {
    var nummer = ++volgnummer;
    var adres = url();
    fetch(adres, { headers: { Accept: "text/html" }, credentials: "same-origin" })
      .then(function (antwoord) { return antwoord.ok ? antwoord.text() : null; })
      .then(function (html) {
        if (html === null || nummer !== volgnummer) return;  // an older answer, or an error: keep the page
        var nieuw = new DOMParser().parseFromString(html, "text/html").getElementById("zoekresultaten");
        if (!nieuw) return;
        doel.innerHTML = nieuw.innerHTML;
        var kop = document.getElementById("resultaten-titel");
        melding.textContent = kop ? kop.textContent.trim() : "";
        window.history.replaceState(null, "", adres);
      })
      .catch(function () { /* offline or aborted: the submit button still works */ });
  }

  function straks() {
    window.clearTimeout(wacht);
    wacht = window.setTimeout(ververs, 300);
  }

  var q = document.getElementById("q");
  if (q) q.addEventListener("input", straks);
  form.querySelectorAll("select, input[type=checkbox]").forEach(function (veld) {
    veld.addEventListener("change", straks);
  });
})();
