package nl.wijkplaats.security;

import nl.wijkplaats.area.AreaService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** Account and role management for beheerders, and the audit log. */
@Controller
@RequestMapping("/beheer")
class AdminController {

    private static final int PAGE_SIZE = 50;

    private final AccountService accounts;
    private final SecurityEventLog events;
    private final AreaService areas;

    AdminController(AccountService accounts, SecurityEventLog events, AreaService areas) {
        this.accounts = accounts;
        this.events = events;
        this.areas = areas;
    }

    @GetMapping
    String dashboard() {
        return "security/admin";
    }

    @GetMapping("/accounts")
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("now", java.time.Instant.now());
        return "security/accounts";
    }

    @GetMapping("/accounts/nieuw")
    String newForm(Model model) {
        model.addAttribute("roles", Role.values());
        return "security/account-new";
    }

    @PostMapping("/accounts/nieuw")
    String create(@RequestParam String username, @RequestParam String displayName,
                  @RequestParam(required = false) String email, @RequestParam(required = false) String password,
                  Authentication auth, Model model, RedirectAttributes redirect) {
        try {
            Account account = accounts.create(username, displayName, email, password, auth.getName());
            redirect.addFlashAttribute("ok", "Account " + account.username() + " is aangemaakt. Geef het nu een of meer rollen.");
            return "redirect:/beheer/accounts/" + account.id();
        } catch (AccountException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("username", username);
            model.addAttribute("displayName", displayName);
            model.addAttribute("email", email);
            return "security/account-new";
        }
    }

    @GetMapping("/accounts/{id}")
    String edit(@PathVariable long id, Model model) {
        Account account = accounts.find(id).orElseThrow(() -> new nl.wijkplaats.web.NotFoundException("Dit account bestaat niet."));
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        model.addAttribute("wijken", areas.gemeenten().stream().flatMap(g -> areas.wijken(g.code()).stream()).toList());
        model.addAttribute("events", events.recent(20, 0, account.username()));
        model.addAttribute("now", java.time.Instant.now());
        return "security/account-edit";
    }

    @PostMapping("/accounts/{id}")
    String update(@PathVariable long id, @RequestParam String displayName, @RequestParam(required = false) String email,
                  RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.update(id, displayName, email), "De gegevens zijn opgeslagen.");
    }

    @PostMapping("/accounts/{id}/rollen")
    String addRole(@PathVariable long id, @RequestParam(required = false) Role role, @RequestParam(required = false) String wijkCode,
                   Authentication auth, RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.addRole(id, role, wijkCode, auth.getName()), "De rol is gegeven.");
    }

    @PostMapping("/accounts/{id}/rollen/{roleId}/verwijderen")
    String removeRole(@PathVariable long id, @PathVariable long roleId, Authentication auth, RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.removeRole(id, roleId, auth.getName()), "De rol is afgenomen.");
    }

    @PostMapping("/accounts/{id}/aan")
    String enable(@PathVariable long id, @RequestParam boolean enabled, Authentication auth, RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.setEnabled(id, enabled, auth.getName()),
                enabled ? "Het account staat aan." : "Het account staat uit.");
    }

    @PostMapping("/accounts/{id}/deblokkeren")
    String unlock(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.unlock(id, auth.getName()), "Het account is gedeblokkeerd.");
    }

    @PostMapping("/accounts/{id}/wachtwoord")
    String password(@PathVariable long id, @RequestParam String password, Authentication auth, RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.setPassword(id, password, auth.getName()), "Het wachtwoord is gewijzigd.");
    }

    @GetMapping("/logboek")
    String auditLog(@RequestParam(defaultValue = "0") int pagina, @RequestParam(required = false) String gebruiker, Model model) {
        int page = Math.max(0, pagina);
        List<SecurityEvent> list = events.recent(PAGE_SIZE + 1, page * PAGE_SIZE, gebruiker);
        model.addAttribute("events", list.subList(0, Math.min(PAGE_SIZE, list.size())));
        model.addAttribute("page", page);
        model.addAttribute("hasNext", list.size() > PAGE_SIZE);
        model.addAttribute("gebruiker", gebruiker);
        return "security/audit";
    }

    private String act(long id, RedirectAttributes redirect, Runnable action, String ok) {
        try {
            action.run();
            redirect.addFlashAttribute("ok", ok);
        } catch (AccountException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/beheer/accounts/" + id;
    }
}
