// Behaviour for the briefing site's pages, without any script from another host.
(function () {
  // Run on every page load, including mkdocs-material's instant navigation when it is on.
  function onEveryPage(setUp) {
    if (window.document$ && window.document$.subscribe) {
      window.document$.subscribe(setUp);
    } else if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", setUp);
    } else {
      setUp();
    }
  }

  // Copy buttons beside each citation: <button class="briefing-copy" data-copy="id of the text">.
  onEveryPage(function () {
    document.querySelectorAll("button.briefing-copy").forEach(function (button) {
      button.addEventListener("click", function () {
        var text = document.getElementById(button.dataset.copy).textContent;
        var done = function () { button.textContent = "Copied"; };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).then(done, function () { window.prompt("Copy the citation:", text); });
        } else {
          window.prompt("Copy the citation:", text);
        }
      });
    });
  });

  // Filter boxes: <input class="briefing-filter" data-filter="CSS selector of the items to filter">.
  onEveryPage(function () {
    document.querySelectorAll("input.briefing-filter").forEach(function (input) {
      var items = document.querySelectorAll(input.dataset.filter);
      input.addEventListener("input", function () {
        var wanted = input.value.trim().toLowerCase();
        items.forEach(function (item) {
          item.hidden = wanted !== "" && item.textContent.toLowerCase().indexOf(wanted) === -1;
        });
      });
    });
  });

  // An old link to an event that a corrected date moved to another year: the anchor is a note on
  // the old year's page; follow its link, as a redirect would (a server never sees the fragment).
  onEveryPage(function () {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var note = id && document.getElementById(id);
    var link = note && note.classList.contains("briefing-event-moved") && note.querySelector("a[href]");
    if (link) window.location.replace(link.href);
  });

  // Printing an article prints its citation: open the "Cite this page" block first.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.briefing-cite").forEach(function (details) { details.open = true; });
  });

  // Timeline filters: <select data-timeline-filter="actors|articles"> keep the events whose
  // data-actors / data-articles list the chosen id; years left empty are hidden.
  onEveryPage(function () {
    var selects = document.querySelectorAll("select[data-timeline-filter]");
    if (!selects.length) return;
    function apply() {
      document.querySelectorAll("ul.briefing-events > li").forEach(function (item) {
        var shown = true;
        selects.forEach(function (select) {
          var ids = (item.dataset[select.dataset.timelineFilter] || "").split(" ");
          if (select.value && ids.indexOf(select.value) === -1) shown = false;
        });
        item.hidden = !shown;
      });
      document.querySelectorAll("ul.briefing-events").forEach(function (list) {
        var empty = !list.querySelector(":scope > li:not([hidden])");
        list.hidden = empty;
        var heading = list.previousElementSibling;
        if (heading && heading.tagName === "H3") heading.hidden = empty;
      });
    }
    selects.forEach(function (select) { select.addEventListener("change", apply); });
  });
})();
