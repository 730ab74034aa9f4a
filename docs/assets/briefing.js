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

  // The element the address's fragment names, if the page has it.
  function hashTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    return id ? document.getElementById(id) : null;
  }

  // A link into a folded list (an actor's articles of 2011) opens the fold around its target.
  function unfoldTarget() {
    for (var node = hashTarget(); node; node = node.parentElement) {
      if (node.tagName === "DETAILS") node.open = true;
    }
  }
  onEveryPage(unfoldTarget);
  window.addEventListener("hashchange", unfoldTarget);

  // An old link to an event that a corrected date moved to another year: the anchor is a note on
  // the old year's page; follow its link, as a redirect would (a server never sees the fragment).
  onEveryPage(function () {
    var note = hashTarget();
    var link = note && note.classList.contains("briefing-event-moved") && note.querySelector("a[href]");
    if (link) window.location.replace(link.href);
  });

  // Search: Pagefind's chunked index (generator/search.py), loaded on the first use of the header's
  // box, so a reader fetches only the pieces of the index a query needs. Each result links to the
  // paragraph, event or section where its words stand, with those words around the match.
  onEveryPage(function () {
    var template = document.getElementById("briefing-search");
    var header = document.querySelector(".md-header__inner");
    if (!template || !header || header.querySelector(".briefing-search")) return;
    var box = document.createElement("div");
    box.innerHTML = SEARCH_BOX;  // fixed markup, no text from any page
    while (box.firstChild) header.insertBefore(box.firstChild, header.querySelector(".md-header__source"));
    searchIn(header.querySelector(".briefing-search"), new URL(template.dataset.bundle, window.location.href));
  });

  // Drawn here rather than in every page: the markup would weigh 2 KB on each of an archive's pages.
  var MAGNIFY = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M9.5 3A6.5 6.5 0 0 1 16 9.5c0 ' +
    '1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.52 6.52 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 ' +
    '6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5"/></svg>';
  var BACK = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M20 11v2H8l5.5 5.5-1.42 1.42L4.16 ' +
    '12l7.92-7.92L13.5 5.5 8 11z"/></svg>';
  var SEARCH_BOX =
    '<label class="md-header__button md-icon" for="__search" title="Search">' + MAGNIFY + '</label>' +
    '<div class="md-search briefing-search" role="dialog" aria-label="Search">' +
    '<label class="md-search__overlay" for="__search"></label>' +
    '<div class="md-search__inner" role="search">' +
    '<form class="md-search__form" name="search" onsubmit="return false">' +
    '<input type="search" class="md-search__input" name="query" aria-label="Search the articles, actors and timeline" ' +
    'placeholder="Search" autocapitalize="off" autocorrect="off" autocomplete="off" spellcheck="false">' +
    '<label class="md-search__icon md-icon" for="__search">' + MAGNIFY + BACK + '</label></form>' +
    '<div class="md-search__output"><div class="md-search__scrollwrap" tabindex="0">' +
    '<div class="briefing-search-filters">' +
    '<label>Section <select data-search-filter="section"><option value="">All</option></select></label>' +
    '<label>Year <select data-search-filter="year"><option value="">All</option></select></label>' +
    '<label>Tag <select data-search-filter="tag"><option value="">All</option></select></label></div>' +
    '<div class="md-search-result"><div class="md-search-result__meta" aria-live="polite">Type to start searching</div>' +
    '<ol class="md-search-result__list"></ol></div></div></div></div></div>';

  function searchIn(box, bundle) {
    var input = box.querySelector(".md-search__input");
    var toggle = document.getElementById("__search");
    var meta = box.querySelector(".md-search-result__meta");
    var list = box.querySelector(".md-search-result__list");
    var selects = box.querySelectorAll("select[data-search-filter]");
    var loading = null, timer = null, asked = 0;

    function pagefind() {
      if (!loading) {
        loading = import(new URL("pagefind.js", bundle).href).then(function (pf) {
          // pageLength: an actor's short page should not outrank the articles that tell about it.
          return pf.options({ baseUrl: new URL("..", bundle).pathname, ranking: { pageLength: 0.2 } }).then(function () { return pf.init(); })
            .then(function () { return pf; });
        });
      }
      return loading;
    }
    // The filters' values are loaded once the first results are shown, or when a reader reaches for a
    // filter first: at 10,000 articles they weigh a third of what a first search loads.
    var filled = false;
    function fillFilters() {
      if (filled) return;
      filled = true;
      pagefind().then(function (pf) { return pf.filters(); }).then(function (filters) {
        selects.forEach(function (select) {
          var values = Object.keys(filters[select.dataset.searchFilter] || {}).sort();
          if (select.dataset.searchFilter === "year") values.reverse();
          values.forEach(function (value) {
            var option = document.createElement("option");
            option.value = option.textContent = value;
            select.appendChild(option);
          });
          select.parentElement.hidden = values.length < 2;
        });
      });
    }
    function search() {
      var query = input.value.trim();
      var mine = ++asked;
      var filters = {};
      selects.forEach(function (select) { if (select.value) filters[select.dataset.searchFilter] = select.value; });
      if (!query) {
        list.textContent = "";
        meta.textContent = "Type to start searching";
        return;
      }
      pagefind().then(function (pf) { return pf.search(query, { filters: filters }); }).then(function (found) {
        return Promise.all(found.results.slice(0, 10).map(function (r) { return r.data(); })).then(function (data) {
          if (mine !== asked) return;  // a later keystroke has asked again
          meta.textContent = found.results.length ? found.results.length + " matching page" +
            (found.results.length === 1 ? "" : "s") : "No matching pages";
          list.textContent = "";
          data.forEach(function (result) { list.appendChild(resultItem(result)); });
          fillFilters();
        });
      });
    }
    input.addEventListener("focus", function () { toggle.checked = true; pagefind(); });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(search, 100);
      // While the reader types, the index pieces of the words so far are fetched, once a word has
      // three letters: a shorter prefix would fetch the pieces of every word it begins.
      var typed = input.value.trim();
      if (/\S{3}$/.test(typed)) pagefind().then(function (pf) { pf.preload(typed); });
    });
    selects.forEach(function (select) {
      select.addEventListener("change", search);
      select.addEventListener("focus", fillFilters);
      select.addEventListener("pointerdown", fillFilters);
    });
    toggle.addEventListener("change", function () { if (toggle.checked) input.focus(); });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { toggle.checked = false; input.blur(); }
    });
  }

  // Where a result's best match stands: the last element with an id at or before it (a paragraph
  // ¶14, an event, a heading), and the words of that element around the match.
  function resultItem(result) {
    var best = (result.weighted_locations.slice().sort(function (a, b) { return b.balanced_score - a.balanced_score; })[0]
      || { location: 0 }).location;
    var anchors = result.anchors.filter(function (a) { return a.id && a.element !== "input" && a.element !== "script"; });
    var anchor = null, next = Infinity;
    anchors.forEach(function (a) {
      if (a.location <= best && (!anchor || a.location >= anchor.location)) anchor = a;
    });
    anchors.forEach(function (a) { if (anchor && a.location > anchor.location && a.location < next) next = a.location; });
    var words = result.content.split(/\s+/);
    var from = Math.max(anchor ? anchor.location : 0, best - 12), to = Math.min(next, words.length, best + 24);
    var marked = {};
    result.locations.forEach(function (l) { marked[l] = true; });
    var item = document.createElement("li");
    item.className = "md-search-result__item";
    var link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = result.url + (anchor && anchor.element !== "h1" ? "#" + anchor.id : "");
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    var title = document.createElement("div");
    title.className = "briefing-search-title";
    title.textContent = result.meta.title + (anchor && /^p\d+[a-z]*$/.test(anchor.id) ? ", ¶" + anchor.id.slice(1) : "");
    var teaser = document.createElement("p");
    teaser.className = "md-search-result__teaser";
    if (from > (anchor ? anchor.location : 0)) teaser.appendChild(document.createTextNode("… "));
    for (var i = from; i < to; i++) {
      var word = document.createElement(marked[i] ? "mark" : "span");
      word.textContent = words[i];
      teaser.appendChild(word);
      teaser.appendChild(document.createTextNode(" "));
    }
    if (to < Math.min(next, words.length)) teaser.appendChild(document.createTextNode("…"));
    article.appendChild(title);
    article.appendChild(teaser);
    link.appendChild(article);
    item.appendChild(link);
    return item;
  }

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
