package fr.pacte.indicateur;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.indicateur.rules.ResultatManquantRule;
import fr.pacte.securite.Autorisations;
import fr.pacte.securite.Permission;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.shared.Messages;
import fr.pacte.shared.web.RessourceIntrouvableException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes indicator values: the annual entry grid (draft or submission) and single values from the API, with the
 * same reading of what was typed (FX-19). Only the Département's agents write (R-SEC-2, 403 otherwise); a
 * convention outside the périmètre is 404. An input error or a refused submission saves nothing.
 */
@Service
@Transactional
public class SaisieIndicateurService {

    public static final int COMMENTAIRE_MAX = 2000;

    private final ConventionService conventions;
    private final ChargeurIndicateurs chargeur;
    private final ValeurIndicateurRepository valeurs;
    private final Autorisations autorisations;
    private final PerimetreCourant perimetre;
    private final Clock horloge;
    private final org.springframework.context.ApplicationEventPublisher evenements;

    SaisieIndicateurService(ConventionService conventions, ChargeurIndicateurs chargeur,
            ValeurIndicateurRepository valeurs, Autorisations autorisations, PerimetreCourant perimetre, Clock horloge,
            org.springframework.context.ApplicationEventPublisher evenements) {
        this.evenements = evenements;
        this.conventions = conventions;
        this.chargeur = chargeur;
        this.valeurs = valeurs;
        this.autorisations = autorisations;
        this.perimetre = perimetre;
        this.horloge = horloge;
    }

    /** Whether the current user may enter indicator values of this convention. */
    public boolean permis(ConventionLue convention) {
        return autorisations.peut(Permission.SAISIR_INDICATEURS, convention.departement().id(),
                convention.departement().region().id());
    }

    /**
     * Indicator values are facts of the convention, not of a version: they are read with the current snapshot. The
     * convention's lock queues concurrent entries (twenty at once: one after the other, never a unique-key clash).
     */
    private Donnees chargerPourEcrire(Long conventionId) {
        conventions.verrouiller(conventionId);
        ConventionLue convention = conventions.lire(conventionId);
        autorisations.exiger(Permission.SAISIR_INDICATEURS, convention.departement().id(),
                convention.departement().region().id());
        return chargeur.charger(convention);
    }

    /** One row of the grid as typed: T0, cible N, résultat N and the résultat's comment. */
    public record Saisie(Long lienId, String t0, String cible, String resultat, String commentaire) {
    }

    /** A value written through the API: exactly one of texte (read as typed), code or nombre. */
    public record Ecriture(String texte, CodeValeur code, BigDecimal nombre, String commentaire) {
    }

    /**
     * Saves the grid of year N. With {@code soumettre}, refuses (saving nothing) while a résultat N is missing
     * (R-IND-13), else marks every résultat N of the grid as submitted.
     */
    public ResultatSaisie enregistrer(Long conventionId, int annee, List<Saisie> saisies, boolean soumettre) {
        Donnees donnees = chargerPourEcrire(conventionId);
        if (!donnees.convention.exercices().contains(annee)) {
            throw new RessourceIntrouvableException();
        }
        Map<Long, IndicateurFiche> grille = new LinkedHashMap<>();
        donnees.liensDeLAnnee(annee).forEach(l -> grille.put(l.getId(), l));
        List<ResultatSaisie.ErreurSaisie> erreurs = new ArrayList<>();
        Map<IndicateurFiche, Map<Periode, Cible>> voulues = new LinkedHashMap<>();
        for (Saisie s : saisies) {
            IndicateurFiche lien = Optional.ofNullable(grille.get(s.lienId())).orElseThrow(RessourceIntrouvableException::new);
            Map<Periode, Cible> cellules = new LinkedHashMap<>();
            int anneeT0 = lien.anneeT0().orElseThrow();
            lire(lien, "t0", s.t0(), Periode.t0(anneeT0), null, erreurs).ifPresent(c -> cellules.put(Periode.t0(anneeT0), c));
            lire(lien, "cible", s.cible(), Periode.cible(annee), null, erreurs)
                    .ifPresent(c -> cellules.put(Periode.cible(annee), c));
            String commentaire = s.commentaire() == null || s.commentaire().isBlank() ? null : s.commentaire().strip();
            lire(lien, "resultat", s.resultat(), Periode.resultat(annee), commentaire, erreurs)
                    .ifPresent(c -> cellules.put(Periode.resultat(annee), c));
            boolean resultatVide = s.resultat() == null || s.resultat().isBlank();
            if (commentaire != null && commentaire.length() > COMMENTAIRE_MAX) {
                erreurs.add(erreur(lien, "commentaire", "indicateur.saisie.commentaire-long",
                        commentaire.substring(0, 40) + "…"));
            } else if (commentaire != null && resultatVide) {
                erreurs.add(erreur(lien, "commentaire", "indicateur.saisie.commentaire-sans-resultat", commentaire));
            }
            voulues.put(lien, cellules);
        }
        if (!erreurs.isEmpty()) {
            return new ResultatSaisie(erreurs, List.of(), 0, 0);
        }
        if (soumettre) {
            List<ResultatSaisie.Bloquant> manquants = new ArrayList<>();
            ResultatManquantRule regle = new ResultatManquantRule();
            for (IndicateurFiche lien : grille.values()) {
                regle.verifier(List.of(resultatApres(donnees, lien, annee, voulues.get(lien))), annee, true)
                        .forEach(c -> manquants.add(new ResultatSaisie.Bloquant(lien.getId(), c)));
            }
            if (!manquants.isEmpty()) {
                return new ResultatSaisie(List.of(), manquants, 0, 0);
            }
        }
        int modifiees = 0;
        for (Map.Entry<IndicateurFiche, Map<Periode, Cible>> e : voulues.entrySet()) {
            for (Map.Entry<Periode, Cible> cellule : e.getValue().entrySet()) {
                boolean commentaireSaisi = cellule.getKey().nature() == NatureValeur.RESULTAT;
                modifiees += appliquer(donnees, e.getKey(), cellule.getKey(), cellule.getValue(), commentaireSaisi) ? 1 : 0;
            }
        }
        int soumises = 0;
        if (soumettre) {
            valeurs.flush();
            for (IndicateurFiche lien : grille.values()) {
                ValeurIndicateur r = valeurs.findByIndicateurFicheIdAndAnneeAndNature(lien.getId(), annee,
                        NatureValeur.RESULTAT).orElseThrow();
                r.soumettre();
                soumises++;
            }
        }
        return new ResultatSaisie(List.of(), List.of(), modifiees, soumises);
    }

    /** Writes one value through the API, read and checked as in the grid; answers the stored value. */
    public IndicateurVue.ValeurVue ecrire(Long conventionId, Long lienId, Periode periode, Ecriture ecriture) {
        Donnees donnees = chargerPourEcrire(conventionId);
        IndicateurFiche lien = lienEcrivable(donnees, lienId, periode);
        long renseignes = java.util.stream.Stream.of(ecriture.texte(), ecriture.code(), ecriture.nombre())
                .filter(Objects::nonNull).count();
        if (renseignes != 1 || (ecriture.texte() != null && ecriture.texte().isBlank())) {
            throw new SaisieInvalideException("indicateur.api.une-valeur");
        }
        String commentaire = ecriture.commentaire() == null || ecriture.commentaire().isBlank() ? null
                : ecriture.commentaire().strip();
        if (commentaire != null && commentaire.length() > COMMENTAIRE_MAX) {
            throw new SaisieInvalideException("indicateur.saisie.commentaire-long", commentaire.substring(0, 40) + "…");
        }
        Valeur valeur;
        if (ecriture.code() != null) {
            valeur = Valeur.code(ecriture.code());
        } else if (ecriture.nombre() != null) {
            valeur = ValeurParser.lire(Nombres.normaliser(ecriture.nombre()).toPlainString(),
                            lien.getIndicateur().getTypeValeur())
                    .orElseThrow().valeur();
        } else {
            valeur = ValeurParser.lire(ecriture.texte(), lien.getIndicateur().getTypeValeur()).orElseThrow().valeur();
        }
        appliquer(donnees, lien, periode, new Cible(valeur, commentaire), true);
        valeurs.flush();
        return IndicateurVue.ValeurVue.de(valeurs.findByIndicateurFicheIdAndAnneeAndNature(lienId, periode.annee(),
                periode.nature()).orElseThrow());
    }

    /** Clears one value ("not entered"); answers whether there was one. */
    public boolean effacer(Long conventionId, Long lienId, Periode periode) {
        Donnees donnees = chargerPourEcrire(conventionId);
        IndicateurFiche lien = lienEcrivable(donnees, lienId, periode);
        return appliquer(donnees, lien, periode, new Cible(null, null), false);
    }

    private static IndicateurFiche lienEcrivable(Donnees donnees, Long lienId, Periode periode) {
        IndicateurFiche lien = donnees.liens.stream().filter(l -> l.getId().equals(lienId)).findFirst()
                .orElseThrow(RessourceIntrouvableException::new);
        if (lien.getFiche() == null) {
            throw new SaisieInvalideException("indicateur.api.sans-fiche");
        }
        int anneeT0 = lien.anneeT0().orElseThrow();
        boolean valide = periode.nature() == NatureValeur.T0 ? periode.annee() == anneeT0
                : lien.getFiche().champ().couvre(periode.annee());
        if (!valide) {
            throw new SaisieInvalideException("indicateur.api.periode", periode.libelle(),
                    String.valueOf(anneeT0), String.valueOf(lien.getFiche().champ().dateDebut().getYear()),
                    String.valueOf(lien.getFiche().champ().dateFin().getYear()));
        }
        return lien;
    }

    /** A cell as wanted after the entry: a value (or null to clear it) and, for a résultat, its comment. */
    private record Cible(Valeur valeur, String commentaire) {
    }

    private static Optional<Cible> lire(IndicateurFiche lien, String colonne, String texte, Periode periode,
            String commentaire, List<ResultatSaisie.ErreurSaisie> erreurs) {
        if (texte == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Cible(ValeurParser.lire(texte, lien.getIndicateur().getTypeValeur())
                    .map(Lecture::valeur).orElse(null), commentaire));
        } catch (ValeurInvalideException e) {
            erreurs.add(new ResultatSaisie.ErreurSaisie(lien.getId(), colonne, e.cle(), texte, e.getMessage()));
            return Optional.empty();
        }
    }

    private static ResultatSaisie.ErreurSaisie erreur(IndicateurFiche lien, String colonne, String cle, String texte) {
        return new ResultatSaisie.ErreurSaisie(lien.getId(), colonne, cle, texte, Messages.texte(cle, texte));
    }

    /** The series of a link as it will be once the entry is saved, for the submission check. */
    private static SerieIndicateur resultatApres(Donnees donnees, IndicateurFiche lien, int annee,
            Map<Periode, Cible> voulues) {
        Map<Periode, Valeur> serie = new HashMap<>(donnees.serie(lien).valeurs());
        if (voulues != null && voulues.containsKey(Periode.resultat(annee))) {
            Valeur v = voulues.get(Periode.resultat(annee)).valeur();
            if (v == null) {
                serie.remove(Periode.resultat(annee));
            } else {
                serie.put(Periode.resultat(annee), v);
            }
        }
        return new SerieIndicateur(lien.contexte(), serie);
    }

    /**
     * Creates, changes or deletes one stored value; answers whether anything changed. The comment is replaced only
     * when the entry carries one for this cell (the grid's comment belongs to the résultat).
     */
    private boolean appliquer(Donnees donnees, IndicateurFiche lien, Periode periode, Cible cible,
            boolean commentaireSaisi) {
        ValeurIndicateur existante = donnees.valeur(lien, periode);
        if (cible.valeur() == null) {
            if (existante == null) {
                return false;
            }
            publier(donnees, lien, periode, existante.getAffichage(), null);
            valeurs.delete(existante);
            return true;
        }
        String commentaire = commentaireSaisi ? cible.commentaire()
                : existante == null ? null : existante.getCommentaire();
        if (existante != null && existante.getValeur().equals(cible.valeur())
                && Objects.equals(existante.getCommentaire(), commentaire)) {
            return false;
        }
        String avant = existante == null ? null : existante.getAffichage();
        ValeurIndicateur v = existante != null ? existante : new ValeurIndicateur(lien, periode);
        v.saisir(cible.valeur(), commentaire, perimetre.login(), LocalDateTime.now(horloge));
        valeurs.save(v);
        publier(donnees, lien, periode, avant, v.getAffichage());
        return true;
    }

    private void publier(Donnees donnees, IndicateurFiche lien, Periode periode, String avant, String apres) {
        evenements.publishEvent(new ValeurIndicateurModifiee(donnees.convention.id(), lien.getId(),
                lien.getFiche() == null ? null : lien.getFiche().numero(), donnees.convention.version().numero(),
                perimetre.login(), LocalDateTime.now(horloge),
                List.of(new fr.pacte.convention.Changement("VALEUR_INDICATEUR", lien.getId(), periode.libelle(), avant,
                        apres))));
    }
}
