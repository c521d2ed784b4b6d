// Import of a tableau financier: refuse a file over the limit before sending it, with the page's own message.
document.addEventListener('change', function (event) {
  var champ = event.target;
  if (!champ.matches || !champ.matches('input[type=file][data-taille-max]') || !champ.files.length) {
    return;
  }
  var trop = champ.files[0].size > Number(champ.getAttribute('data-taille-max'));
  champ.setCustomValidity(trop ? champ.getAttribute('data-message-taille') : '');
  if (trop) {
    champ.reportValidity();
  }
});
