package nl.wijkplaats.wijkbeeld;

import nl.wijkplaats.area.Area;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Duiding threads on figures and items, and the dated answers to the ecosystem questions. */
@Service
public class DuidingService {

    private static final Pattern SUBJECT = Pattern.compile("(figure|nabijheid):[A-Za-z0-9_-]{1,60}|item:[0-9]{1,18}");

    private final WijkbeeldRepository repository;
    private final ItemService items;
    private final WijkbeeldPermissions permissions;

    DuidingService(WijkbeeldRepository repository, ItemService items, WijkbeeldPermissions permissions) {
        this.repository = repository;
        this.items = items;
        this.permissions = permissions;
    }

    /** Anyone signed in may add to a thread. */
    @Transactional
    public void comment(String wijkCode, String subject, String body) {
        Area wijk = items.wijk(wijkCode);
        String user = permissions.requireUser();
        Map<String, String> errors = new LinkedHashMap<>();
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            errors.put("subject", "Onbekend onderwerp voor de duiding.");
        } else if (subject.startsWith("item:") && !items.item(Long.parseLong(subject.substring(5))).wijkCode().equals(wijk.code())) {
            errors.put("subject", "Dit item hoort niet bij deze wijk.");
        }
        String text = ItemService.text(body, 2000, "body", "Uw reactie", true, errors);
        if (!errors.isEmpty()) {
            throw new WijkbeeldInputException(errors);
        }
        repository.insertComment(wijk.code(), subject, text, user, false);
    }

    /** subject -> comments, oldest first. */
    public Map<String, List<Comment>> threads(String wijkCode) {
        return repository.comments(items.wijk(wijkCode).code()).stream()
                .collect(Collectors.groupingBy(Comment::subject, LinkedHashMap::new, Collectors.toList()));
    }

    @Transactional
    public void answer(String wijkCode, String question, String answer, String onBehalfOf) {
        Area wijk = items.wijk(wijkCode);
        permissions.require(permissions.canEdit(wijk.code()));
        String user = permissions.requireUser();
        Map<String, String> errors = new LinkedHashMap<>();
        EcosystemQuestion q = EcosystemQuestion.parse(question).orElse(null);
        if (q == null) {
            errors.put("question", "Kies een vraag uit de lijst.");
        }
        String text = ItemService.text(answer, 4000, "answer", "Het antwoord", true, errors);
        String behalf = ItemService.text(onBehalfOf, 200, "onBehalfOf", "'Ingevoerd namens'", false, errors);
        if (!behalf.isEmpty() && !permissions.canEnterOnBehalf(wijk.code())) {
            errors.put("onBehalfOf", "Alleen een wijkcoördinator kan iets namens een ander invoeren.");
        }
        if (!errors.isEmpty()) {
            throw new WijkbeeldInputException(errors);
        }
        repository.insertAnswer(wijk.code(), q.name(), text, user, behalf.isEmpty() ? null : behalf, false);
    }

    /** question -> answers, newest first (the first is the current answer). Every question is present. */
    public Map<EcosystemQuestion, List<Answer>> answers(String wijkCode) {
        List<Answer> all = repository.answers(items.wijk(wijkCode).code());
        Map<EcosystemQuestion, List<Answer>> result = new LinkedHashMap<>();
        for (EcosystemQuestion q : EcosystemQuestion.values()) {
            result.put(q, all.stream().filter(a -> a.question().equals(q.name())).toList());
        }
        return result;
    }
}
