// Plan editor: saves the draft a moment after the liaison stops typing, so nothing typed is
// lost. Without JavaScript the "Save draft" button does the same.
(function () {
  var form = document.getElementById('plan-form');
  if (!form || !window.fetch) return;
  var status = document.getElementById('autosave-status');
  var timer = null;
  var save = function () {
    timer = null;
    var body = new URLSearchParams(new FormData(form));
    fetch(form.getAttribute('data-autosave'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Amparo-Autosave': '1' },
      body: body.toString()
    }).then(function (r) {
      if (r.ok && status) status.textContent = status.getAttribute('data-saved') + ' ' + new Date().toLocaleTimeString();
    }).catch(function () {});
  };
  var later = function () {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, 1500);
  };
  form.addEventListener('input', later);
  form.addEventListener('change', later);
})();
