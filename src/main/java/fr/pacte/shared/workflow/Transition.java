package fr.pacte.shared.workflow;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One move of a workflow written as a table (R-WF-1 the fiche review, R-WF-5 the avenant): from, to, the permission
 * that makes it, whether a comment is mandatory, and the button's label. Each workflow is an enum of its moves holding
 * a {@link Mouvement}; any move not in its table is refused.
 *
 * @param <S> the workflow's states
 * @param <P> the permissions (securite.Permission)
 */
public interface Transition<S extends Enum<S>, P> {

    /** A row of the table. */
    record Mouvement<S extends Enum<S>, P>(S de, S vers, P permission, boolean commentaireObligatoire, String libelle) {
    }

    Mouvement<S, P> mouvement();

    default S de() {
        return mouvement().de();
    }

    default S vers() {
        return mouvement().vers();
    }

    default P permission() {
        return mouvement().permission();
    }

    default boolean commentaireObligatoire() {
        return mouvement().commentaireObligatoire();
    }

    default String libelle() {
        return mouvement().libelle();
    }

    /** The move of {@code table} from {@code de} to {@code vers}, if there is one. */
    static <S extends Enum<S>, P, T extends Transition<S, P>> Optional<T> entre(T[] table, S de, S vers) {
        return Arrays.stream(table).filter(t -> t.de() == de && t.vers() == vers).findFirst();
    }

    /** The permissions that may ever lead to {@code vers}: without one of them the move is a 403, never a 422. */
    static <S extends Enum<S>, P, T extends Transition<S, P>> Set<P> permissionsVers(T[] table, S vers) {
        return Arrays.stream(table).filter(t -> t.vers() == vers).map(Transition::permission)
                .collect(Collectors.toSet());
    }
}
