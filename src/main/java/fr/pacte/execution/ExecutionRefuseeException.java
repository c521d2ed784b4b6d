package fr.pacte.execution;

import fr.pacte.controle.Constat;
import java.util.List;

/**
 * A structural error in executed lines (unknown fiche or axe, exercice outside the champ, invalid amount, two lines
 * with one key): nothing is saved and the findings say why (contracts/execution-rapport.md: {@code 422}).
 */
public class ExecutionRefuseeException extends RuntimeException {

    private final transient List<Constat> constats;

    ExecutionRefuseeException(List<Constat> constats) {
        super("L'exécution contient des erreurs : rien n'est enregistré");
        this.constats = List.copyOf(constats);
    }

    public List<Constat> constats() {
        return constats;
    }
}
