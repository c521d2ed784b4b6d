package fr.pacte;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PacteApplication {

    public static void main(String[] args) {
        SpringApplication.run(PacteApplication.class, args);
    }
}
