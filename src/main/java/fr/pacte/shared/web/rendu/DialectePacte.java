package fr.pacte.shared.web.rendu;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.processor.IProcessor;

/** Pacte's own template attributes ({@code xmlns:pacte="https://pacte.gouv.fr/gabarits"}): {@code pacte:garder}. */
@Component
class DialectePacte extends AbstractProcessorDialect {

    private final RendusGardes rendus;

    DialectePacte(RendusGardes rendus) {
        super("Pacte", "pacte", 1000);
        this.rendus = rendus;
    }

    @Override
    public Set<IProcessor> getProcessors(String prefixe) {
        return Set.of(new GarderProcessor(prefixe, rendus));
    }
}
