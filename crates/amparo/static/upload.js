// Production upload: shows how much of a large file has been sent. Without JavaScript the
// form posts normally; with it, the same request goes through XMLHttpRequest so the
// browser reports progress, and the page it answers with is shown.
(function () {
  var form = document.getElementById('upload-form');
  if (!form || !window.XMLHttpRequest || !window.FormData) return;
  var bar = document.getElementById(form.getAttribute('data-progress'));
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.getAttribute('action'));
    xhr.upload.addEventListener('progress', function (p) {
      if (!bar || !p.lengthComputable) return;
      bar.hidden = false;
      bar.value = Math.round((p.loaded / p.total) * 100);
    });
    xhr.addEventListener('load', function () {
      if (xhr.status < 400 && xhr.responseURL) {
        window.location.assign(xhr.responseURL);
      } else {
        document.open();
        document.write(xhr.responseText);
        document.close();
      }
    });
    xhr.addEventListener('error', function () { form.submit(); });
    if (bar) { bar.hidden = false; bar.value = 0; }
    xhr.send(new FormData(form));
  });
})();
