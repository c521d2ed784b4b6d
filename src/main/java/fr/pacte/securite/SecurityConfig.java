package fr.pacte.securite;

import fr.pacte.shared.web.BaseIndisponible;
import fr.pacte.shared.web.ErreursSecuriteApi;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * R-SEC-11: every URL needs an authenticated user with a role; passwords are hashed (bcrypt); sign-in is throttled
 * ({@link AuthentificationFreinee}); the administration is the administrator's (R-SEC-6).
 * The browser side uses a form login with CSRF protection and a session kept in PostgreSQL (Spring Session JDBC,
 * shared by every instance). The JSON API under /api accepts HTTP Basic and personal tokens (Bearer) and keeps no
 * session or cookie, so there is no ambient credential for a forged request to ride on: CSRF tokens do not apply
 * there. The OpenAPI description answers both: with credentials as the API, and to a signed-in browser (Swagger UI).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /** Issue 13 item 6: no inline script or style anywhere; pages load only their own files. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /**
     * Swagger UI (springdoc's bundle) sets inline styles; its pages alone allow them. Its scripts stay files of its
     * own: script-src is the same.
     */
    static final String CONTENT_SECURITY_POLICY_SWAGGER_UI = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'unsafe-inline'");

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService utilisateurs, PasswordEncoder chiffrement,
            TentativesDeConnexion tentatives, JetonsApi jetons, ObjectProvider<AuthenticationEventPublisher> publieur) {
        DaoAuthenticationProvider motsDePasse = new DaoAuthenticationProvider(utilisateurs);
        motsDePasse.setPasswordEncoder(chiffrement);
        // The password first, the account's state after: a stranger learns nothing about an account.
        motsDePasse.setPreAuthenticationChecks(utilisateur -> {
        });
        motsDePasse.setPostAuthenticationChecks(utilisateur -> {
            if (!utilisateur.isEnabled()) {
                throw new DisabledException("Compte désactivé");
            }
        });
        ProviderManager manager = new ProviderManager(new AuthentificationFreinee(motsDePasse, tentatives),
                new AuthentificationParJeton(jetons));
        publieur.ifAvailable(manager::setAuthenticationEventPublisher);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager, NonAuthentifieApi nonAuthentifieApi,
            ReponseErreurJson reponses, ErreursSecuriteApi erreurs) throws Exception {
        // Issue 13: a database failure during authentication is a 503, never a 401 (BaseIndisponible).
        AuthenticationEntryPoint nonAuthentifie = BaseIndisponible.pointDEntree(nonAuthentifieApi);
        AuthenticationFilter jetons = new AuthenticationFilter(manager, AuthentificationParJeton.lecteur());
        jetons.setSuccessHandler((requete, reponse, authentification) -> {
        });
        jetons.setFailureHandler(new AuthenticationEntryPointFailureHandler(nonAuthentifie));
        http.securityMatcher(requetesApi())
                .authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(nonAuthentifie))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(nonAuthentifie)
                        .accessDeniedHandler(erreurs))
                .addFilterBefore(jetons, BasicAuthenticationFilter.class)
                .addFilterAfter(new MotDePasseProvisoireFilter(reponses, true), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfig::entetes);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager manager, MonCompte monCompte,
            ReponseErreurJson reponses, NonAuthentifieApi nonAuthentifie) throws Exception {
        http.authenticationManager(manager)
                // Pages lead to the login page; the OpenAPI description is JSON: without a session, the API's 401.
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
                        DelegatingAuthenticationEntryPoint.builder()
                                .addEntryPointFor(nonAuthentifie,
                                        PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**"))
                                .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint(ConnexionPage.PAGE))
                                .build()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/connexion", "/css/**", "/js/**", "/favicon.ico", "/error", "/actuator/health")
                        .permitAll()
                        .requestMatchers("/administration/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(ConnexionPage.PAGE)
                        .successHandler(ConnexionPage.succes(monCompte))
                        .failureHandler(BaseIndisponible.echecDeConnexion(ConnexionPage.echec()))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/connexion?deconnecte"))
                .addFilterAfter(new MotDePasseProvisoireFilter(reponses, false), AuthorizationFilter.class)
                .headers(SecurityConfig::entetes);
        return http.build();
    }

    /** The API, and the OpenAPI description when asked with credentials (a browser gets it through its session). */
    private static RequestMatcher requetesApi() {
        PathPatternRequestMatcher.Builder chemins = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(chemins.matcher("/api/**"), new AndRequestMatcher(
                chemins.matcher("/v3/api-docs/**"), new RequestHeaderRequestMatcher(HttpHeaders.AUTHORIZATION)));
    }

    /** Issue 13 item 6: Content-Security-Policy and Referrer-Policy beside Spring Security's default headers. */
    private static void entetes(HeadersConfigurer<HttpSecurity> entetes) {
        RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        entetes.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY_SWAGGER_UI)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }

    /** Swagger UI offers both ways in: HTTP Basic and a personal token. */
    @Bean
    OpenApiCustomizer securiteOpenApi() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents()
                    .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                    .addSecuritySchemes("jeton", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                            .description("Jeton d'API personnel, créé sur la page « Mes jetons d'API »"));
            openApi.addSecurityItem(new SecurityRequirement().addList("basic"))
                    .addSecurityItem(new SecurityRequirement().addList("jeton"));
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
