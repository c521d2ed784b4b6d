package fr.pacte.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Plugs {@link BaseIndisponible} in twice: a {@link HandlerExceptionResolver} placed before every other one for what
 * controllers and services throw, and a servlet filter in front of every filter (security, sessions) for what
 * escapes them. Both answer only for a database failure and leave every other error to the usual handlers.
 */
@Configuration(proxyBeanMethods = false)
class PanneBaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PanneBaseConfiguration.class);

    @Bean
    HandlerExceptionResolver baseIndisponibleResolver() {
        return new Resolveur();
    }

    /**
     * The 503 page is rendered here, straight into the response: an error dispatch would go through the session
     * filter again, and the sessions live in the database that is down (Spring Session JDBC).
     */
    @Bean
    org.springframework.beans.factory.SmartInitializingSingleton page503(org.thymeleaf.ITemplateEngine moteur,
            org.springframework.context.ApplicationContext contexte) {
        return () -> BaseIndisponible.rendu = (requete, reponse) -> {
            var application = org.thymeleaf.web.servlet.JakartaServletWebApplication
                    .buildApplication(requete.getServletContext());
            var page = new org.thymeleaf.context.WebContext(application.buildExchange(requete, reponse),
                    java.util.Locale.FRANCE);
            page.setVariable(org.thymeleaf.spring6.expression.ThymeleafEvaluationContext
                    .THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                    new org.thymeleaf.spring6.expression.ThymeleafEvaluationContext(contexte, null));
            reponse.setContentType("text/html;charset=UTF-8");
            moteur.process("error/503", page, reponse.getWriter());
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> baseIndisponibleFiltre() {
        FilterRegistrationBean<OncePerRequestFilter> inscription = new FilterRegistrationBean<>(new Filtre());
        inscription.setOrder(Ordered.HIGHEST_PRECEDENCE);
        inscription.setName("baseIndisponible");
        return inscription;
    }

    private static void journaliser(Exception erreur) {
        log.warn("Base de données indisponible : réponse 503 ({})", erreur.toString());
    }

    static final class Resolveur implements HandlerExceptionResolver, Ordered {

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public ModelAndView resolveException(HttpServletRequest requete, HttpServletResponse reponse, Object handler,
                Exception erreur) {
            if (!BaseIndisponible.enCause(erreur)) {
                return null;
            }
            journaliser(erreur);
            try {
                if (BaseIndisponible.api(requete)) {
                    BaseIndisponible.ecrireJson(reponse);
                    return new ModelAndView();
                }
            } catch (IOException e) {
                return null;
            }
            reponse.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            reponse.setHeader("Retry-After", BaseIndisponible.REESSAYER_APRES);
            ModelAndView vue = new ModelAndView("error/503");
            vue.setStatus(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE);
            return vue;
        }
    }

    static final class Filtre extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
                throws ServletException, IOException {
            try {
                suite.doFilter(requete, reponse);
            } catch (ServletException | IOException | RuntimeException erreur) {
                if (!BaseIndisponible.enCause(erreur) || reponse.isCommitted()) {
                    throw erreur;
                }
                journaliser(erreur);
                BaseIndisponible.repondre(requete, reponse);
            }
        }
    }
}
