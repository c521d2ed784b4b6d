// Long operations (uploads, exports): show a progress indication while the server works.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var indicateur = form.querySelector('.progression');
  if (indicateur) {
    indicateur.classList.add('active');
  }
});

// A select marked data-soumettre-au-changement sends its form as soon as a value is chosen (the exercice of a page).
// A listener, not an inline onchange: the Content-Security-Policy allows no inline script.
document.addEventListener('change', function (event) {
  var champ = event.target;
  if (champ.matches && champ.matches('select[data-soumettre-au-changement]') && champ.form) {
    champ.form.submit();
  }
});

// A link marked data-retour-arriere goes back to the previous page (the form a too large file came from).
document.addEventListener('click', function (event) {
  var lien = event.target.closest ? event.target.closest('a[data-retour-arriere]') : null;
  if (lien) {
    event.preventDefault();
    history.back();
  }
});
