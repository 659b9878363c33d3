/* Draws the plotly figures of the page when they scroll into view (a story can have
   thousands of series); a click on a point opens the claim behind it. No network access. */
(function () {
  var node = document.getElementById("figures");
  if (!node || typeof Plotly === "undefined") { return; }
  var figs = JSON.parse(node.textContent);
  var base = document.body.getAttribute("data-claim-base") || "#claim-";
  function href(id) { return base.charAt(0) === "#" ? base + id : base + encodeURIComponent(id); }
  function draw(el) {
    var f = figs[el.getAttribute("data-fig")];
    if (!f || el.getAttribute("data-drawn")) { return; }
    el.setAttribute("data-drawn", "1");
    Plotly.newPlot(el, f.data, f.layout, {displaylogo: false, responsive: true,
      modeBarButtonsToRemove: ["toImage", "select2d", "lasso2d"]});
    el.on("plotly_click", function (ev) {
      var p = ev.points && ev.points[0];
      if (p && p.customdata) {
        window.location.href = href(p.customdata);
        var card = document.getElementById("claim-" + p.customdata);
        if (card) { card.classList.add("flash"); }
      }
    });
  }
  var els = Array.prototype.slice.call(document.querySelectorAll("[data-fig]"));
  if ("IntersectionObserver" in window) {
    var io = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { if (e.isIntersecting) { io.unobserve(e.target); draw(e.target); } });
    }, {rootMargin: "400px"});
    els.forEach(function (el) { io.observe(el); });
  } else { els.forEach(draw); }
})();
