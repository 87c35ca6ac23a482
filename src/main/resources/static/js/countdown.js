// Keeps the service-level countdowns (templates/sla/countdown.html) running; their texts come from the page.
(function () {
  function tick() {
    document.querySelectorAll('.countdown[data-due]').forEach(function (el) {
      var left = Date.parse(el.dataset.due) - Date.now();
      var size = Math.abs(left);
      var hours = Math.floor(size / 3600000);
      var minutes = Math.floor((size % 3600000) / 60000);
      el.textContent = (left < 0 ? el.dataset.over : el.dataset.left).replace('{h}', hours).replace('{m}', minutes);
      el.classList.toggle('overdue', left < 0);
    });
  }
  if (!window.connectDeskCountdown) {
    window.connectDeskCountdown = true;
    document.addEventListener('DOMContentLoaded', function () {
      tick();
      setInterval(tick, 30000);
    });
  }
})();
