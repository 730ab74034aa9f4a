// Filter boxes: <input class="briefing-filter" data-filter="CSS selector of the items to filter">.
// Runs on every page load, including mkdocs-material's instant navigation when it is on.
(function () {
  function setUp() {
    document.querySelectorAll("input.briefing-filter").forEach(function (input) {
      var items = document.querySelectorAll(input.dataset.filter);
      input.addEventListener("input", function () {
        var wanted = input.value.trim().toLowerCase();
        items.forEach(function (item) {
          item.hidden = wanted !== "" && item.textContent.toLowerCase().indexOf(wanted) === -1;
        });
      });
    });
  }
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();

// Timeline filters: <select data-timeline-filter="actors|articles"> keep the events whose
// data-actors / data-articles list the chosen id; years and decades left empty are hidden.
(function () {
  function setUp() {
    var selects = document.querySelectorAll("select[data-timeline-filter]");
    if (!selects.length) return;
    function apply() {
      document.querySelectorAll("ul.briefing-events li").forEach(function (item) {
        var shown = true;
        selects.forEach(function (select) {
          var wanted = select.value;
          var ids = (item.dataset[select.dataset.timelineFilter] || "").split(" ");
          if (wanted && ids.indexOf(wanted) === -1) shown = false;
        });
        item.hidden = !shown;
      });
      document.querySelectorAll("ul.briefing-events").forEach(function (list) {
        var empty = !list.querySelector("li:not([hidden])");
        list.hidden = empty;
        var heading = list.previousElementSibling;
        if (heading && heading.tagName === "H3") heading.hidden = empty;
      });
    }
    selects.forEach(function (select) { select.addEventListener("change", apply); });
  }
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
