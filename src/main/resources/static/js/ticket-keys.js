// Keyboard shortcuts of the ticket page: "a" assigns to me, "c" goes to the comment box,
// "r" prepares a resolution. They never fire while the user types in a field.
document.addEventListener('keydown', function (event) {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) {
    return;
  }
  var target = event.target;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
    return;
  }
  if (event.key === 'a') {
    var assign = document.getElementById('assign-me');
    if (assign) {
      event.preventDefault();
      assign.click();
    }
  } else if (event.key === 'c') {
    var comment = document.getElementById('comment-body');
    if (comment) {
      event.preventDefault();
      comment.focus();
    }
  } else if (event.key === 'r') {
    var status = document.getElementById('status-to');
    if (status && status.querySelector('option[value="RESOLVED"]')) {
      event.preventDefault();
      status.value = 'RESOLVED';
      var code = document.getElementById('resolutionCode');
      (code || status).focus();
    }
  }
});
