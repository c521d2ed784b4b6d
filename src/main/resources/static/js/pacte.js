// Long operations (uploads, exports): show a progress indication while the server works.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var indicateur = form.querySelector('.progression');
  if (indicateur) {
    indicateur.classList.add('active');
  }
});
// A select marked data-soumettre-au-changement submits its form when its value changes (no inline script, CSP).
document.addEventListener('change', function (event) {
  var champ = event.target;
  if (champ.matches && champ.matches('select[data-soumettre-au-changement]') && champ.form) {
    champ.form.submit();
  }
});
