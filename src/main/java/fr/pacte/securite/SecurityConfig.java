package fr.pacte.securite;

import fr.pacte.shared.web.BaseIndisponible;
import fr.pacte.shared.web.ErreursSecuriteApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * R-SEC-11: every URL needs an authenticated user with a role; passwords are hashed (bcrypt).
 * The browser side uses a form login with CSRF protection. The JSON API under /api accepts HTTP Basic and keeps no
 * session or cookie, so there is no ambient credential for a forged request to ride on: CSRF tokens do not apply there.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ErreursSecuriteApi erreurs) throws Exception {
        // 401 and 403 answer the API's one JSON shape {"erreur": "…", "code": "NON_AUTHENTIFIE" | "ACCES_REFUSE"}.
        http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                // Issue 13: a database failure during authentication is a 503, never a 401 (BaseIndisponible).
                .httpBasic(basic -> basic.authenticationEntryPoint(BaseIndisponible.pointDEntree(erreurs)))
                .exceptionHandling(e -> e.authenticationEntryPoint(BaseIndisponible.pointDEntree(erreurs))
                        .accessDeniedHandler(erreurs))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/connexion", "/css/**", "/js/**", "/favicon.ico", "/error", "/actuator/health")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/connexion").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler(BaseIndisponible.echecDeConnexion(
                                new SimpleUrlAuthenticationFailureHandler("/connexion?error"))))
                .logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/connexion?deconnecte"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
