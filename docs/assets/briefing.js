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
