// A button with data-copy="#field" copies that field's value; data-copied is its label afterwards.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (!button) {
    return;
  }
  var field = document.querySelector(button.getAttribute('data-copy'));
  if (!field) {
    return;
  }
  field.focus();
  field.select();
  var done = function () {
    if (button.getAttribute('data-copied')) {
      button.textContent = button.getAttribute('data-copied');
    }
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(field.value).then(done);
  } else {
    document.execCommand('copy');
    done();
  }
});
document.addEventListener('focusin', function (event) {
  if (event.target.matches && event.target.matches('input[readonly][id$="secret"]')) {
    event.target.select();
  }
});
