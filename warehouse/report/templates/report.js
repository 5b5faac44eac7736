// The evidence browser: filter documents, show or hide a kind of record, jump from a highlight
// to its records. Everything works without this script except these conveniences.
(function () {
  "use strict";
  const documents = Array.from(document.querySelectorAll("details.doc"));
  const filter = document.getElementById("filter");
  filter.addEventListener("input", function () {
    const words = filter.value.trim().toLowerCase();
    documents.forEach(function (doc) {
      doc.hidden = words !== "" && !doc.textContent.toLowerCase().includes(words);
    });
  });
  document.querySelectorAll("input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.dataset.kind, !box.checked);
    });
  });
  document.addEventListener("click", function (event) {
    const mark = event.target.closest("mark[data-records]");
    if (!mark) {
      return;
    }
    document.querySelectorAll(".record.focus").forEach(function (card) {
      card.classList.remove("focus");
    });
    mark.dataset.records.split(" ").forEach(function (id, index) {
      const card = document.getElementById("r-" + id);
      if (card) {
        card.classList.add("focus");
        if (index === 0) {
          card.scrollIntoView({ block: "nearest", behavior: "smooth" });
        }
      }
    });
  });
  function openLinkedDocument() {
    const target = location.hash && document.getElementById(location.hash.slice(1));
    if (target && target.tagName === "DETAILS") {
      target.open = true;
    }
  }
  openLinkedDocument();
  window.addEventListener("hashchange", openLinkedDocument);
  document.body.dataset.ready = "true";
})();
