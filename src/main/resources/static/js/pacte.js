// Long operations (uploads, exports): show a progress indication while the server works.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var indicateur = form.querySelector('.progression');
  if (indicateur) {
    indicateur.classList.add('active');
  }
});
