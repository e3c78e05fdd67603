package nl.wijkplaats;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.TimeZone;

@SpringBootApplication
public class WijkplaatsApplication {

    public static void main(String[] args) {
        // All dates and times are Dutch local time, whatever the host says.
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Amsterdam"));
        SpringApplication.run(WijkplaatsApplication.class, args);
    }
}
