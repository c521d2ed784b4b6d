package fr.pacte.importation.api;

/** OpenAPI texts of the tableau financier endpoints: the finding codes they may answer with. */
final class DescriptionsApi {

    static final String CONSTATS = """
            Chaque constat a un `code`, une `gravite` (`ERREUR` bloque l'enregistrement, `AVERTISSEMENT` et `INFO` \
            informent), la `ligne` du fichier (l'en-tête est la ligne 1), la `colonne` (`etat`, `departement`, \
            `autres`, `report`, `total` ou null), le chiffre `declare`, le chiffre `calcule`, l'`ecart` \
            (= declare − calcule) et un `message` en français. Codes :
            - `MONTANT_INVALIDE` (ERREUR, R-IMP-1) : une cellule n'est pas un montant valide (ex. « 110 00 € ») ;
            - `LIGNE_TOTAL` (ERREUR, R-FIN-1) : le Total d'une ligne ≠ État + Département + Autres + Report ;
            - `SOUS_TOTAL` (ERREUR, R-FIN-2) : un sous-total ou total de section ≠ la somme de ses lignes, un constat \
            par colonne ;
            - `TOTAL_GENERAL` (ERREUR, R-FIN-3) : le total général ≠ la somme des lignes de détail ;
            - `ENVELOPPE` (ERREUR, R-FIN-4) : Σ État ≠ `enveloppeEtat` (declare = l'enveloppe, calcule = Σ État) ;
            - `PARITE` (AVERTISSEMENT, R-FIN-5) : part du Département, en % arrondi au centime, sous 50 \
            (declare = la part, calcule = 50) ; 50,00 % passe ; 0 / 0 n'est pas jugé.
            À l'import dans une convention s'ajoutent : `FICHE_INCONNUE`, `AXE_INCONNU` (ERREUR, R-IMP-8), \
            `AXE_NON_ALLOUE` (ERREUR, R-FIN-6), `ANNEE` et `EXERCICE` (ERREUR, R-DATE-1), `FICHE_ABSENTE` \
            (AVERTISSEMENT, R-IMP-3 : l'écart d'un sous-total égale une fiche de l'axe absente du tableau).""";

    static final String FICHIER = """
            CSV (séparateur `;`, UTF-8, BOM permis) ou XLSX (première feuille). En-tête obligatoire : Fiche, \
            Intitulé, État, Département ; facultatif : Section, Axe, Année, Autres, Report, Total. Au plus 5 Mo et \
            5 000 lignes ; au-delà, ou si le fichier est illisible : 400 {"erreur": "…"}.""";

    private DescriptionsApi() {
    }
}
