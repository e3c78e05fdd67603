// Sends the CSRF token with every htmx request.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Wide tables scroll sideways on a phone; keyboard users must be able to reach and scroll them (WCAG 2.1.1). Each
// such box is a region named after its table (its caption, else the heading above it), so that a screen reader's
// list of regions tells the tables apart instead of naming every one "Tabel".
document.addEventListener('DOMContentLoaded', function () {
  var used = {};
  document.querySelectorAll('.table-scroll').forEach(function (box) {
    box.setAttribute('tabindex', '0');
    box.setAttribute('role', 'region');
    var name = 'Tabel: ' + tableName(box) + ' (scrollbaar)';
    used[name] = (used[name] || 0) + 1;
    box.setAttribute('aria-label', used[name] > 1 ? name + ' ' + used[name] : name);
  });
});

function tableName(box) {
  var caption = box.querySelector('caption');
  if (caption && caption.textContent.trim()) return caption.textContent.trim();
  for (var el = box; el && el.tagName !== 'MAIN'; el = el.parentElement) {
    for (var prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (/^H[1-6]$/.test(prev.tagName)) return prev.textContent.trim();
      var inside = prev.querySelectorAll('h1, h2, h3, h4, h5, h6');
      if (inside.length) return inside[inside.length - 1].textContent.trim();
    }
  }
  return 'gegevens';
}
