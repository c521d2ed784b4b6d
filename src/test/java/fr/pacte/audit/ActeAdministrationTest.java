package fr.pacte.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.securite.Evenements.EvenementSecurite;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ActeAdministrationTest {

    @Test
    @DisplayName("R-SEC-6, R-SEC-10 : chaque événement d'administration ou de jeton a son action et son objet dans le journal")
    void chaqueEvenementASonEntree() throws Exception {
        Set<String> actions = new HashSet<>();
        Class<?>[] types = EvenementSecurite.class.getPermittedSubclasses();
        assertThat(types).isNotEmpty();
        for (Class<?> type : types) {
            RecordComponent[] composants = type.getRecordComponents();
            Class<?>[] parametres = new Class<?>[composants.length];
            Object[] valeurs = new Object[composants.length];
            for (int i = 0; i < composants.length; i++) {
                parametres[i] = composants[i].getType();
                valeurs[i] = parametres[i] == int.class ? 0 : null;
            }
            EvenementSecurite e = (EvenementSecurite) type.getDeclaredConstructor(parametres).newInstance(valeurs);
            ActeAdministration acte = ActeAdministration.de(e);
            assertThat(ActeAdministration.OBJETS).as(type.getSimpleName()).contains(acte.objet());
            assertThat(actions.add(acte.action())).as(type.getSimpleName()).isTrue();
        }
    }
}
