// Keeps the campaign page's countdown right while the page stays open (or comes back from the browser's cache):
// the server wrote "N days to go"; when the reader's date changes, the words are chosen again with the page's
// own translations (data-labels) and the plural rules of the page's language. Without JavaScript the server's
// text stays, which was right when the page was made.
(function () {
  "use strict";
  var DAY = 86400000;

  function startOf(date) {
    return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  }

  function setUp(element) {
    var text = element.querySelector("[data-countdown-text]");
    var parts = (element.getAttribute("data-the-day") || "").split("-");
    var labels;
    try {
      labels = JSON.parse(element.getAttribute("data-labels") || "{}");
    } catch (error) {
      return;
    }
    if (!text || parts.length !== 3 || !labels.future || !labels.past) {
      return;
    }
    var theDay = new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])).getTime();
    var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || "tr") : null;

    function words(days) {
      if (days === 0) {
        return labels.today;
      }
      var n = Math.abs(days);
      var forms = days > 0 ? labels.future : labels.past;
      var category = rules ? rules.select(n) : (n === 1 ? "one" : "other");
      return (forms[category] || forms.other).replace("{n}", String(n));
    }

    function update() {
      var days = Math.round((theDay - startOf(new Date())) / DAY);
      var wanted = words(days);
      if (wanted && text.textContent !== wanted) {
        text.textContent = wanted;
      }
    }

    update();
    window.setInterval(update, 30000);
    window.addEventListener("pageshow", update);
  }

  document.querySelectorAll("[data-countdown]").forEach(setUp);
})();
