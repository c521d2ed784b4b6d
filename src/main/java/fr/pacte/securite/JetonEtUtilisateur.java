package fr.pacte.securite;

record JetonEtUtilisateur(JetonApi jeton, Utilisateur utilisateur) {
}
