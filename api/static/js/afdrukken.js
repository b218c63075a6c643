// Progressive enhancement: a print button (without JavaScript the browser's own print command works the same).
document.querySelectorAll("[data-afdrukken]").forEach(function (knop) {
  knop.hidden = false;
  knop.addEventListener("click", function () { window.print(); });
});
