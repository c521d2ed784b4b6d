package fr.pacte.execution;

import fr.pacte.financement.Financeur;
import fr.pacte.financement.Nature;
import java.util.Arrays;
import java.util.Optional;

/** The columns of the execution screen: the financeur × nature pairs of the annexe 2 (reports by JSON or file). */
public enum ColonneExecution {
    ETAT(Financeur.ETAT, Nature.CREDITS_NOUVEAUX),
    DEPARTEMENT(Financeur.DEPARTEMENT, Nature.CREDITS_NOUVEAUX),
    VALORISATION(Financeur.DEPARTEMENT, Nature.VALORISATION),
    AUTRES(Financeur.AUTRE, Nature.CREDITS_NOUVEAUX);

    private final Financeur financeur;
    private final Nature nature;

    ColonneExecution(Financeur financeur, Nature nature) {
        this.financeur = financeur;
        this.nature = nature;
    }

    public Financeur financeur() {
        return financeur;
    }

    public Nature nature() {
        return nature;
    }

    public String cleLibelle() {
        return "execution.col." + name();
    }

    public static Optional<ColonneExecution> de(Financeur financeur, Nature nature) {
        return Arrays.stream(values()).filter(c -> c.financeur == financeur && c.nature == nature).findFirst();
    }
}
