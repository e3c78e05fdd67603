package nl.wijkplaats.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final org.springframework.beans.factory.ObjectProvider<org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> oidc;

    LoginController(org.springframework.beans.factory.ObjectProvider<org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "fout", required = false) String error, Model model) {
        String message = error == null ? null : switch (error) {
            case "geblokkeerd" -> "Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over een kwartier opnieuw, of vraag de beheerder om hulp.";
            case "uit" -> "Uw account staat uit. Vraag de beheerder om het weer aan te zetten.";
            case "verlopen" -> "De inlogpagina stond te lang open. Vul uw gebruikersnaam en wachtwoord nog een keer in.";
            default -> "De gebruikersnaam of het wachtwoord klopt niet. Probeer het opnieuw.";
        };
        model.addAttribute("error", message);
        model.addAttribute("oidcEnabled", oidc.getIfAvailable() != null);
        return "security/login";
    }
}
