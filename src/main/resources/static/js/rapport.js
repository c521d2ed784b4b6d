// Progress indication while a report file is generated (issue 11): the link is fetched, a status line says
// "génération en cours" then "prêt (n octets)", and the browser saves the file.
document.addEventListener('DOMContentLoaded', function () {
  var statut = document.getElementById('progression');
  if (!statut || !window.fetch) { return; }
  var texte = function (modele, a, b) { return modele.replace('{0}', a).replace('{1}', b === undefined ? '' : b); };
  document.querySelectorAll('a.telechargement').forEach(function (lien) {
    lien.addEventListener('click', function (e) {
      e.preventDefault();
      var format = lien.getAttribute('data-format').toUpperCase();
      statut.hidden = false;
      statut.setAttribute('aria-busy', 'true');
      statut.textContent = texte(statut.getAttribute('data-en-cours'), format);
      fetch(lien.href, {credentials: 'same-origin'}).then(function (r) {
        if (!r.ok) { throw new Error(r.status); }
        return r.blob();
      }).then(function (blob) {
        var url = URL.createObjectURL(blob);
        var a = document.createElement('a');
        a.href = url;
        a.download = lien.href.split('/').pop();
        document.body.appendChild(a);
        a.click();
        a.remove();
        statut.removeAttribute('aria-busy');
        statut.textContent = texte(statut.getAttribute('data-prete'), format, String(blob.size));
        statut.setAttribute('data-taille', String(blob.size));
      }).catch(function () {
        statut.removeAttribute('aria-busy');
        statut.textContent = texte(statut.getAttribute('data-erreur'), format);
      });
    });
  });
});
