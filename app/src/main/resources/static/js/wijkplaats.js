// Sends the CSRF token with every htmx request.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Wide tables scroll sideways on a phone; keyboard users must be able to reach and scroll them (WCAG 2.1.1).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.table-scroll').forEach(function (box) {
    if (!box.hasAttribute('tabindex')) {
      box.setAttribute('tabindex', '0');
      box.setAttribute('role', 'region');
      var caption = box.querySelector('caption');
      box.setAttribute('aria-label', caption ? caption.textContent.trim() : 'Tabel');
    }
  });
});
