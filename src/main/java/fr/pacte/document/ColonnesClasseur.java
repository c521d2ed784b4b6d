package fr.pacte.document;

import fr.pacte.shared.Libelles;
import java.util.List;

/**
 * The sheets and columns of the convention workbook (contracts/convention.md: sheets Convention, Champs, Axes, Fiches,
 * Montants, Lignes, Declares, Indicateurs). Headers are matched as in contracts/tableau-financier.md: without regard
 * to case, accents or surrounding spaces; each column also answers to a few other spellings. The Convention sheet is
 * a list of "Rubrique | Valeur" rows, then the table of the parties.
 */
final class ColonnesClasseur {

    private ColonnesClasseur() {
    }

    /** A column: the header written in the workbook, and other headers read as the same column. */
    record Colonne(String entete, boolean obligatoire, String... autres) {

        boolean reconnait(String texte) {
            String t = Libelles.normaliser(texte);
            if (t.equals(Libelles.normaliser(entete))) {
                return true;
            }
            for (String autre : autres) {
                if (t.equals(Libelles.normaliser(autre))) {
                    return true;
                }
            }
            return false;
        }
    }

    static final String CONVENTION = "Convention";
    static final String CHAMPS = "Champs";
    static final String AXES = "Axes";
    static final String FICHES = "Fiches";
    static final String MONTANTS = "Montants";
    static final String LIGNES = "Lignes";
    static final String DECLARES = "Declares";
    static final String INDICATEURS = "Indicateurs";
    static final List<String> FEUILLES = List.of(CONVENTION, CHAMPS, AXES, FICHES, MONTANTS, LIGNES, DECLARES,
            INDICATEURS);

    // Convention sheet: "Rubrique | Valeur" rows.
    static final Colonne NUMERO = new Colonne("Numéro", true, "numero", "Numéro interne");
    static final Colonne NUMERO_ETAT = new Colonne("Numéro État", false, "numeroEtat", "Numéro côté État");
    static final Colonne INTITULE = new Colonne("Intitulé", true, "intitule");
    static final Colonne TYPE = new Colonne("Type", true, "type");
    static final Colonne DEPARTEMENT = new Colonne("Département", false, "departement", "Code INSEE du Département");
    static final Colonne DEBUT = new Colonne("Début", false, "debut", "Date de début");
    static final Colonne FIN = new Colonne("Fin", false, "fin", "Date de fin");
    static final Colonne ALIAS_CONVENTION = new Colonne("Autres dénominations", false, "aliases");
    static final Colonne ORGANE = new Colonne("Délibération : organe", false, "organe");
    static final Colonne NUMERO_DELIBERATION = new Colonne("Délibération : numéro", false, "Numéro du rapport");
    static final Colonne DATE_SEANCE = new Colonne("Délibération : date de séance", false, "dateSeance",
            "Date de séance");
    static final Colonne POUR = new Colonne("Délibération : pour", false, "pour");
    static final Colonne CONTRE = new Colonne("Délibération : contre", false, "contre");
    static final Colonne ABSTENTIONS = new Colonne("Délibération : abstentions", false, "abstentions");
    static final Colonne PRESENTS = new Colonne("Délibération : présents", false, "presents");
    static final Colonne REPRESENTES = new Colonne("Délibération : représentés", false, "representes");
    static final Colonne NE_PRENNENT_PAS_PART = new Colonne("Délibération : ne prennent pas part", false,
            "nePrennentPasPart");
    static final Colonne DATE_TRANSMISSION = new Colonne("Délibération : date de transmission", false,
            "dateTransmission", "Date de télétransmission");
    static final Colonne DATE_PUBLICATION = new Colonne("Délibération : date de publication", false,
            "datePublication");
    static final Colonne TITRE = new Colonne("Délibération : titre", false);
    static final Colonne DATE_CONVOCATION = new Colonne("Délibération : date de convocation", false);
    static final Colonne PRESIDENT = new Colonne("Délibération : président", false);
    static final Colonne SECRETAIRE = new Colonne("Délibération : secrétaire", false);
    static final Colonne DECISION = new Colonne("Délibération : décision", false);
    static final Colonne ABSENTS = new Colonne("Délibération : absents", false);
    static final Colonne IDENTIFIANT_TRANSMISSION = new Colonne("Délibération : identifiant de télétransmission",
            false);
    static final Colonne SIGNEE = new Colonne("Signée sur papier", false, "Signée");
    static final Colonne DATE_SIGNATURE = new Colonne("Date de signature", false, "signature");
    static final List<Colonne> RUBRIQUES = List.of(NUMERO, NUMERO_ETAT, INTITULE, TYPE, DEPARTEMENT, DEBUT, FIN,
            ALIAS_CONVENTION, ORGANE, NUMERO_DELIBERATION, DATE_SEANCE, POUR, CONTRE, ABSTENTIONS, PRESENTS,
            REPRESENTES, NE_PRENNENT_PAS_PART, DATE_TRANSMISSION, DATE_PUBLICATION, TITRE, DATE_CONVOCATION,
            PRESIDENT, SECRETAIRE, DECISION, ABSENTS, IDENTIFIANT_TRANSMISSION, SIGNEE, DATE_SIGNATURE);
    static final Colonne RUBRIQUE = new Colonne("Rubrique", true);
    static final Colonne VALEUR = new Colonne("Valeur", true);

    // Parties, below the rubriques of the Convention sheet.
    static final Colonne ROLE = new Colonne("Partie (rôle)", true, "Rôle", "role", "Partie");
    static final Colonne ORGANISME = new Colonne("Organisme", true, "organisme");
    static final Colonne REPRESENTANT = new Colonne("Représentant", false, "representant");
    static final Colonne QUALITE = new Colonne("Qualité", false, "qualite");
    static final Colonne ACTE = new Colonne("Acte de nomination", false, "acteNomination");
    static final List<Colonne> PARTIES = List.of(ROLE, ORGANISME, REPRESENTANT, QUALITE, ACTE);

    static final Colonne CODE = new Colonne("Code", true, "code");
    static final Colonne LIBELLE = new Colonne("Libellé", true, "libelle");
    static final Colonne CH_DEBUT = new Colonne("Début", true, "debut", "Date de début");
    static final Colonne CH_FIN = new Colonne("Fin", true, "fin", "Date de fin");
    static final Colonne DEBUT_EXERCICE = new Colonne("Début d'exercice", false, "debutExercice",
            "Début d'exercice (MM-JJ)");
    static final Colonne PROGRAMME = new Colonne("Programme", false, "programme", "BOP");
    static final Colonne PARITE_PORTEE = new Colonne("Parité : portée", false, "portee");
    static final Colonne PARITE_BASE = new Colonne("Parité : base", false, "base");
    static final Colonne PARITE_SEUIL = new Colonne("Parité : seuil (%)", false, "seuil", "Parité : seuil");
    static final Colonne SEUIL_SOUS_CONSOMMATION = new Colonne("Seuil de sous-consommation (%)", false,
            "seuilSousConsommation");
    static final Colonne VERSEMENT = new Colonne("Versements", false, "versement");
    static final Colonne REGLE_TEXTE = new Colonne("Règle de versement (texte)", false, "regleVersement");
    static final List<Colonne> CHAMP = List.of(CODE, LIBELLE, CH_DEBUT, CH_FIN, DEBUT_EXERCICE, PROGRAMME,
            PARITE_PORTEE, PARITE_BASE, PARITE_SEUIL, SEUIL_SOUS_CONSOMMATION, VERSEMENT, REGLE_TEXTE);

    static final Colonne AXE_CHAMP = new Colonne("Champ", true, "champ");
    static final Colonne AXE_NUMERO = new Colonne("Numéro", true, "numero", "N°");
    static final Colonne AXE_LIBELLE = new Colonne("Libellé", true, "libelle");
    static final Colonne AXE_TYPE = new Colonne("Type", false, "type");
    static final Colonne AXE_PARENT = new Colonne("Parent", false, "parent", "Axe parent");
    static final Colonne AXE_PARITE = new Colonne("Parité applicable", false, "pariteApplicable");
    static final Colonne AXE_COURT = new Colonne("Libellé court", false, "libelleCourt");
    static final Colonne AXE_PILIER = new Colonne("N° pilier", false, "numeroPilier", "Pilier");
    static final Colonne AXE_CHORUS = new Colonne("Activité Chorus", false, "activiteChorus");
    static final List<Colonne> AXE = List.of(AXE_CHAMP, AXE_NUMERO, AXE_LIBELLE, AXE_TYPE, AXE_PARENT, AXE_PARITE,
            AXE_COURT, AXE_PILIER, AXE_CHORUS);

    static final Colonne F_CLE = new Colonne("Clé", false, "cle");
    static final Colonne F_NUMERO = new Colonne("Numéro", true, "numero", "Fiche", "N°");
    static final Colonne F_INTITULE = new Colonne("Intitulé", true, "intitule");
    static final Colonne F_CHAMP = new Colonne("Champ", true, "champ");
    static final Colonne F_AXES = new Colonne("Axes", true, "axes", "Axe");
    static final Colonne F_STATUT = new Colonne("Statut", false, "statut");
    static final Colonne F_DESCRIPTION = new Colonne("Description", false, "description");
    static final Colonne F_PUBLIC = new Colonne("Public cible", false, "publicCible");
    static final Colonne F_TERRITOIRE = new Colonne("Territoire", false, "territoire");
    static final Colonne F_PILOTE = new Colonne("Pilote", false, "pilote");
    static final Colonne F_OPERATEUR = new Colonne("Opérateur", false, "operateur");
    static final Colonne F_PARTENAIRES = new Colonne("Partenaires", false, "partenaires");
    static final Colonne F_DATE = new Colonne("Date de mise en place", false, "dateMiseEnPlace");
    static final Colonne F_DUREE = new Colonne("Durée", false, "duree");
    static final Colonne F_LIBELLE_ANNEXE = new Colonne("Libellé annexe", false, "libelleAnnexe",
            "Libellé court");
    static final Colonne F_CODE_ALTERNATIF = new Colonne("Code alternatif", false, "codeAlternatif");
    static final Colonne F_PARTS = new Colonne("Parts par axe (%)", false, "partsAxes");
    static final List<Colonne> FICHE = List.of(F_CLE, F_NUMERO, F_INTITULE, F_CHAMP, F_AXES, F_STATUT, F_DESCRIPTION,
            F_PUBLIC, F_TERRITOIRE, F_PILOTE, F_OPERATEUR, F_PARTENAIRES, F_DATE, F_DUREE, F_LIBELLE_ANNEXE,
            F_CODE_ALTERNATIF, F_PARTS);

    static final Colonne M_CHAMP = new Colonne("Champ", true, "champ");
    static final Colonne M_AXE = new Colonne("Axe", false, "axe");
    static final Colonne M_EXERCICE = new Colonne("Exercice", true, "exercice", "Année");
    static final Colonne M_FINANCEUR = new Colonne("Financeur", true, "financeur");
    static final Colonne M_MONTANT = new Colonne("Montant", true, "montant");
    static final Colonne M_LETTRES = new Colonne("En lettres", false, "enLettres", "Montant en lettres");
    static final Colonne M_ARTICLE = new Colonne("Article", false, "article");
    static final Colonne M_STATUT = new Colonne("Statut", false, "statut");
    static final List<Colonne> MONTANT = List.of(M_CHAMP, M_AXE, M_EXERCICE, M_FINANCEUR, M_MONTANT, M_LETTRES,
            M_ARTICLE, M_STATUT);

    static final Colonne L_FICHE = new Colonne("Fiche", false, "fiche", "Clé de la fiche");
    static final Colonne L_CHAMP = new Colonne("Champ", false, "champ");
    static final Colonne L_AXE = new Colonne("Axe", false, "axe");
    static final Colonne L_EXERCICE = new Colonne("Exercice", true, "exercice", "Année");
    static final Colonne L_FINANCEUR = new Colonne("Financeur", true, "financeur");
    static final Colonne L_ORGANISME = new Colonne("Organisme", false, "organisme");
    static final Colonne L_NATURE = new Colonne("Nature", false, "nature");
    static final Colonne L_MONTANT = new Colonne("Montant", true, "montant");
    static final Colonne L_JUSTIFICATION = new Colonne("Justification", false, "justification");
    static final Colonne L_ORIGINE = new Colonne("Exercice d'origine", false, "exerciceOrigine");
    static final Colonne L_OBJET = new Colonne("Objet", false, "objet");
    static final List<Colonne> LIGNE = List.of(L_FICHE, L_CHAMP, L_AXE, L_EXERCICE, L_FINANCEUR, L_ORGANISME, L_NATURE,
            L_MONTANT, L_JUSTIFICATION, L_ORIGINE, L_OBJET);

    static final Colonne D_OBJET = new Colonne("Objet", true, "objet");
    static final Colonne D_CHAMP = new Colonne("Champ", false, "champ");
    static final Colonne D_AXE = new Colonne("Axe", false, "axe");
    static final Colonne D_AXES = new Colonne("Axes", false, "axes");
    static final Colonne D_FICHE = new Colonne("Fiche", false, "fiche");
    static final Colonne D_EXERCICE = new Colonne("Exercice", false, "exercice", "Année");
    static final Colonne D_COLONNE = new Colonne("Colonne", false, "colonne");
    static final Colonne D_MONTANT = new Colonne("Montant", true, "montant");
    static final Colonne D_SOURCE = new Colonne("Source", false, "source");
    static final Colonne D_TEXTE = new Colonne("Texte imprimé", false, "texte");
    static final List<Colonne> DECLARE = List.of(D_OBJET, D_CHAMP, D_AXE, D_AXES, D_FICHE, D_EXERCICE, D_COLONNE,
            D_MONTANT, D_SOURCE, D_TEXTE);

    // Indicateurs: one row per indicator, its values in the columns T0, Cible <année>, Résultat <année>.
    static final Colonne I_FICHE = new Colonne("Fiche", false, "fiche", "Action", "Actions");
    static final Colonne I_LIBELLE = new Colonne("Indicateur", true, "libelle", "Indicateurs locaux",
            "Indicateurs");
    static final Colonne I_PORTEE = new Colonne("Portée", false, "portee");
    static final Colonne I_UNITE = new Colonne("Unité", false, "unite");
    static final Colonne I_ANNEXE = new Colonne("Imprimé dans", false, "Annexe", "Valeurs imprimées dans");
    static final Colonne I_CODE = new Colonne("Code", false, "code");
    static final Colonne I_TYPE = new Colonne("Type de valeur", false, "type");
    static final Colonne I_SENS = new Colonne("Sens", false, "sens");
    static final Colonne I_NATURE = new Colonne("Nature", false, "nature");
    static final Colonne I_AXE = new Colonne("Axe", false, "axe");
    static final Colonne I_PARENT = new Colonne("Parent", false, "parent");
    static final Colonne I_SOMME = new Colonne("Somme des parties", false, "sommeDesParties");
    static final Colonne I_TERRITOIRE = new Colonne("Territoire", false, "territoire");
    static final Colonne I_ANNEXES = new Colonne("Publié dans", false, "annexes");
    static final Colonne I_FICHE_IMPRIMEE = new Colonne("Fiche imprimée", false, "ficheImprimee");
    static final Colonne I_COMMENTAIRE = new Colonne("Commentaire", false, "commentaire");
    static final Colonne I_EXEMPTION = new Colonne("Exemption", false, "exemption");
    static final Colonne I_THEMATIQUE = new Colonne("Thématique", false, "thematique");
    static final Colonne I_CHAMP = new Colonne("Champ", false, "champ");
    static final Colonne I_ALIAS = new Colonne("Autres libellés", false, "aliases", "Alias");
    static final Colonne I_NUMERATEUR = new Colonne("Numérateur", false, "numerateur");
    static final Colonne I_DENOMINATEUR = new Colonne("Dénominateur", false, "denominateur");
    static final Colonne I_DEFINITION = new Colonne("Définition", false, "definition");
    static final Colonne I_SOURCE = new Colonne("Source", false, "source");
    static final Colonne I_CODE_NATIONAL = new Colonne("Code national", false, "codeNational");
    static final Colonne I_COMMENTAIRES_VALEURS = new Colonne("Commentaires des valeurs", false);
    static final Colonne I_TERMES = new Colonne("Termes des taux", false);
    /** Before the value columns. */
    static final List<Colonne> INDICATEUR_DEBUT = List.of(I_FICHE, I_LIBELLE, I_PORTEE, I_UNITE, I_ANNEXE);
    /** After the value columns. */
    static final List<Colonne> INDICATEUR_FIN = List.of(I_CODE, I_TYPE, I_SENS, I_NATURE, I_AXE, I_PARENT, I_SOMME,
            I_TERRITOIRE, I_ANNEXES, I_FICHE_IMPRIMEE, I_COMMENTAIRE, I_EXEMPTION, I_THEMATIQUE, I_CHAMP, I_ALIAS,
            I_NUMERATEUR, I_DENOMINATEUR, I_DEFINITION, I_SOURCE, I_CODE_NATIONAL, I_COMMENTAIRES_VALEURS, I_TERMES);
}
