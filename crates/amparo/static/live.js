// Live queue: when a report changes anywhere, fetch this page again and swap in its list.
// Without JavaScript the page works the same by reloading it.
(function () {
  var region = document.getElementById('live');
  if (!region || !window.EventSource) return;
  var status = document.getElementById('live-status');
  var source = new EventSource('/events');
  var refresh = function () {
    fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) return;
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var fresh = doc.getElementById('live');
        if (fresh) {
          region.innerHTML = fresh.innerHTML;
          if (status) status.textContent = status.getAttribute('data-updated') + ' ' + new Date().toLocaleTimeString();
        }
      });
  };
  ['report.created', 'report.acknowledged', 'report.escalated', 'incident.updated'].forEach(function (kind) {
    source.addEventListener(kind, refresh);
  });
})();
