package nl.wijkplaats.agenda;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** All SQL of the agenda module. Only this module's tables; other modules are reached through their services. */
@Repository
class AgendaRepository {

    private final JdbcClient jdbc;

    AgendaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private long insert(JdbcClient.StatementSpec spec) {
        KeyHolder keys = new GeneratedKeyHolder();
        spec.update(keys, "id");
        return keys.getKey().longValue();
    }

    // --- BuurtTop ---------------------------------------------------------------------------------------------

    long insertBuurtTop(String wijkCode, String title, String organiserName, LocalDate eventDate, String venue,
                        int capacity, Instant inputClosesAt, boolean example, String createdBy) {
        return insert(jdbc.sql("insert into agenda_buurttop (wijk_code, title, organiser_name, event_date, venue, capacity, "
                        + "input_closes_at, example, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(wijkCode, title, organiserName, eventDate, venue, capacity, ts(inputClosesAt), example, createdBy));
    }

    Optional<BuurtTop> findBuurtTop(long id) {
        return jdbc.sql("select * from agenda_buurttop where id = ?").param(id).query(BuurtTop.class).optional();
    }

    /** Locks the row: registrations (capacity) and phase changes are serialised per BuurtTop. */
    Optional<BuurtTop> lockBuurtTop(long id) {
        return jdbc.sql("select * from agenda_buurttop where id = ? for update").param(id).query(BuurtTop.class).optional();
    }

    List<BuurtTop> buurtTopsOfWijk(String wijkCode) {
        return jdbc.sql("select * from agenda_buurttop where wijk_code = ? order by event_date desc, id desc")
                .param(wijkCode).query(BuurtTop.class).list();
    }

    /** Moves the phase only if it still is {@code from}: a concurrent change makes this return false. */
    boolean changePhase(long id, Phase from, Phase to) {
        return jdbc.sql("update agenda_buurttop set phase = ? where id = ? and phase = ?")
                .params(to.name(), id, from.name()).update() == 1;
    }

    void setCommentUntil(long id, Instant until) {
        jdbc.sql("update agenda_buurttop set comment_until = ? where id = ?").params(ts(until), id).update();
    }

    void setInputClosesAt(long id, Instant at) {
        jdbc.sql("update agenda_buurttop set input_closes_at = ? where id = ?").params(ts(at), id).update();
    }

    void recordAdoption(long id, String decidedBy, String how, String recordedBy, Instant at) {
        jdbc.sql("update agenda_buurttop set decided_by = ?, decision_how = ?, decision_recorded_by = ?, adopted_at = ? where id = ?")
                .params(decidedBy, how, recordedBy, ts(at), id).update();
    }

    void recordPublication(long id, Instant at) {
        jdbc.sql("update agenda_buurttop set published_at = ? where id = ?").params(ts(at), id).update();
    }

    void addOrganiser(long buurttopId, String username) {
        jdbc.sql("insert into agenda_organiser (buurttop_id, username) values (?, ?) on conflict do nothing")
                .params(buurttopId, username).update();
    }

    List<String> organisers(long buurttopId) {
        return jdbc.sql("select username from agenda_organiser where buurttop_id = ? order by username")
                .param(buurttopId).query(String.class).list();
    }

    boolean isOrganiser(long buurttopId, String username) {
        return jdbc.sql("select count(*) from agenda_organiser where buurttop_id = ? and username = ?")
                .params(buurttopId, username).query(Integer.class).single() > 0;
    }

    // --- preparation ------------------------------------------------------------------------------------------

    void insertTask(long buurttopId, String title, String owner, LocalDate due, int position) {
        jdbc.sql("insert into agenda_task (buurttop_id, title, owner, due_date, position) values (?, ?, ?, ?, ?)")
                .params(buurttopId, title, owner, due, position).update();
    }

    List<PrepTask> tasks(long buurttopId) {
        return jdbc.sql("select * from agenda_task where buurttop_id = ? order by due_date nulls last, position, id")
                .param(buurttopId).query(PrepTask.class).list();
    }

    Optional<PrepTask> findTask(long id) {
        return jdbc.sql("select * from agenda_task where id = ?").param(id).query(PrepTask.class).optional();
    }

    void updateTask(long id, String owner, LocalDate due, boolean done) {
        jdbc.sql("update agenda_task set owner = ?, due_date = ?, done = ? where id = ?").params(owner, due, done, id).update();
    }

    long insertInvitation(long buurttopId, Labels.Audience audience, String recipient, Labels.Channel channel) {
        return insert(jdbc.sql("insert into agenda_invitation (buurttop_id, audience, recipient, channel) values (?, ?, ?, ?)")
                .params(buurttopId, audience.name(), recipient, channel.name()));
    }

    List<Invitation> invitations(long buurttopId) {
        return jdbc.sql("select * from agenda_invitation where buurttop_id = ? order by id").param(buurttopId)
                .query(Invitation.class).list();
    }

    // --- registrations ----------------------------------------------------------------------------------------

    boolean registrationExists(long buurttopId, String dedupeKey) {
        return jdbc.sql("select count(*) from agenda_registration where buurttop_id = ? and dedupe_key = ?")
                .params(buurttopId, dedupeKey).query(Integer.class).single() > 0;
    }

    int countRegistered(long buurttopId) {
        return jdbc.sql("select count(*) from agenda_registration where buurttop_id = ? and status = 'INGESCHREVEN'")
                .param(buurttopId).query(Integer.class).single();
    }

    int countWaiting(long buurttopId) {
        return jdbc.sql("select count(*) from agenda_registration where buurttop_id = ? and status = 'WACHTLIJST'")
                .param(buurttopId).query(Integer.class).single();
    }

    long insertRegistration(long buurttopId, String name, String contact, Labels.Audience audience, String accessibility,
                            String language, String dietary, boolean childcare, Labels.RegistrationStatus status,
                            String username, String enteredBy, String dedupeKey) {
        return insert(jdbc.sql("insert into agenda_registration (buurttop_id, name, contact, audience, accessibility, language, "
                        + "dietary, childcare, status, username, entered_by, dedupe_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(buurttopId, name, contact, audience.name(), accessibility, language, dietary, childcare,
                        status.name(), username, enteredBy, dedupeKey));
    }

    List<Registration> registrations(long buurttopId) {
        return jdbc.sql("select * from agenda_registration where buurttop_id = ? order by status, created_at, id")
                .param(buurttopId).query(Registration.class).list();
    }

    Optional<Registration> findRegistration(long id) {
        return jdbc.sql("select * from agenda_registration where id = ?").param(id).query(Registration.class).optional();
    }

    Optional<Registration> registrationOf(long buurttopId, String username) {
        return jdbc.sql("select * from agenda_registration where buurttop_id = ? and username = ?")
                .params(buurttopId, username).query(Registration.class).optional();
    }

    void setRegistrationStatus(long id, Labels.RegistrationStatus status) {
        jdbc.sql("update agenda_registration set status = ? where id = ?").params(status.name(), id).update();
    }

    Optional<Registration> firstWaiting(long buurttopId) {
        return jdbc.sql("select * from agenda_registration where buurttop_id = ? and status = 'WACHTLIJST' order by created_at, id limit 1")
                .param(buurttopId).query(Registration.class).optional();
    }

    // --- themes and inputs ------------------------------------------------------------------------------------

    List<Theme> wijkThemes(String wijkCode) {
        return jdbc.sql("select 'wt-' || id as key, name, false as public_value from agenda_wijk_theme where wijk_code = ? order by name")
                .param(wijkCode).query(Theme.class).list();
    }

    boolean wijkThemeExists(String wijkCode, String name) {
        return jdbc.sql("select count(*) from agenda_wijk_theme where wijk_code = ? and lower(name) = lower(?)")
                .params(wijkCode, name).query(Integer.class).single() > 0;
    }

    Optional<String> wijkOfTheme(long wijkThemeId) {
        return jdbc.sql("select wijk_code from agenda_wijk_theme where id = ?").param(wijkThemeId).query(String.class).optional();
    }

    long insertWijkTheme(String wijkCode, String name, String by) {
        return insert(jdbc.sql("insert into agenda_wijk_theme (wijk_code, name, created_by) values (?, ?, ?)").params(wijkCode, name, by));
    }

    long insertInput(long buurttopId, Theme theme, Labels.InputKind kind, String text, Labels.InputChannel channel,
                     Integer tableNumber, int peopleCount, String author, String enteredBy) {
        return insert(jdbc.sql("insert into agenda_input (buurttop_id, public_value_id, wijk_theme_id, kind, text, channel, "
                        + "table_number, people_count, author_username, entered_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(buurttopId, theme.publicValueId(), theme.wijkThemeId(), kind.name(), text, channel.name(),
                        tableNumber, peopleCount, author, enteredBy));
    }

    List<Input> inputs(long buurttopId) {
        return jdbc.sql("select * from agenda_input where buurttop_id = ? order by id").param(buurttopId).query(Input.class).list();
    }

    // --- ambitions --------------------------------------------------------------------------------------------

    long insertAmbition(long buurttopId, String title, String description, int horizon, String firstSteps, String by) {
        return insert(jdbc.sql("insert into agenda_ambition (buurttop_id, title, description, horizon, first_steps, position, created_by) "
                        + "values (?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from agenda_ambition where buurttop_id = ?), ?)")
                .params(buurttopId, title, description, horizon, firstSteps, buurttopId, by));
    }

    void addAmbitionTheme(long ambitionId, Theme theme) {
        jdbc.sql("insert into agenda_ambition_theme (ambition_id, public_value_id, wijk_theme_id) values (?, ?, ?)")
                .params(ambitionId, theme.publicValueId(), theme.wijkThemeId()).update();
    }

    void addAmbitionInput(long ambitionId, long inputId) {
        jdbc.sql("insert into agenda_ambition_input (ambition_id, input_id) values (?, ?) on conflict do nothing")
                .params(ambitionId, inputId).update();
    }

    void updateAmbition(long id, String title, String description, int horizon, String firstSteps) {
        jdbc.sql("update agenda_ambition set title = ?, description = ?, horizon = ?, first_steps = ? where id = ?")
                .params(title, description, horizon, firstSteps, id).update();
    }

    /** Removes the ambition's themes and source inputs (to be set again). */
    void clearAmbitionLinks(long ambitionId) {
        jdbc.sql("delete from agenda_ambition_theme where ambition_id = ?").param(ambitionId).update();
        jdbc.sql("delete from agenda_ambition_input where ambition_id = ?").param(ambitionId).update();
    }

    void deleteAmbition(long id) {
        jdbc.sql("delete from agenda_ambition where id = ?").param(id).update();
    }

    Optional<Ambition> findAmbition(long id) {
        return jdbc.sql("select * from agenda_ambition where id = ?").param(id).query(Ambition.class).optional();
    }

    List<Ambition> ambitions(long buurttopId) {
        return jdbc.sql("select * from agenda_ambition where buurttop_id = ? order by position, id").param(buurttopId)
                .query(Ambition.class).list();
    }

    /** Theme keys of an ambition, e.g. "pv-3", "wt-7". */
    List<String> ambitionThemeKeys(long ambitionId) {
        return jdbc.sql("select case when public_value_id is not null then 'pv-' || public_value_id else 'wt-' || wijk_theme_id end "
                        + "from agenda_ambition_theme where ambition_id = ? order by public_value_id nulls last, wijk_theme_id")
                .param(ambitionId).query(String.class).list();
    }

    List<Long> ambitionInputIds(long ambitionId) {
        return jdbc.sql("select input_id from agenda_ambition_input where ambition_id = ? order by input_id")
                .param(ambitionId).query(Long.class).list();
    }

    /** input id -> ambition ids, for the way back from input to ambition. */
    List<long[]> inputAmbitionPairs(long buurttopId) {
        return jdbc.sql("select ai.input_id, ai.ambition_id from agenda_ambition_input ai join agenda_ambition a on a.id = ai.ambition_id "
                        + "where a.buurttop_id = ?").param(buurttopId)
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).list();
    }

    // --- comments ---------------------------------------------------------------------------------------------

    long insertComment(long buurttopId, Long ambitionId, String text, String author) {
        return insert(jdbc.sql("insert into agenda_comment (buurttop_id, ambition_id, text, author_username) values (?, ?, ?, ?)")
                .params(buurttopId, ambitionId, text, author));
    }

    List<Comment> comments(long buurttopId) {
        return jdbc.sql("select * from agenda_comment where buurttop_id = ? order by created_at, id").param(buurttopId)
                .query(Comment.class).list();
    }

    // --- werkgroepen ------------------------------------------------------------------------------------------

    long insertWerkgroep(long ambitionId, String name, String purpose, String by) {
        return insert(jdbc.sql("insert into agenda_werkgroep (ambition_id, name, purpose, started_by) values (?, ?, ?, ?)")
                .params(ambitionId, name, purpose, by));
    }

    Optional<Werkgroep> findWerkgroep(long id) {
        return jdbc.sql("select * from agenda_werkgroep where id = ?").param(id).query(Werkgroep.class).optional();
    }

    List<Werkgroep> werkgroepen(long ambitionId) {
        return jdbc.sql("select * from agenda_werkgroep where ambition_id = ? order by id").param(ambitionId).query(Werkgroep.class).list();
    }

    /** The werkgroepen of every ambition of a BuurtTop in one query, by ambition (each list in order of id). */
    Map<Long, List<Werkgroep>> werkgroepenOfBuurtTop(long buurttopId) {
        return jdbc.sql("""
                        select w.* from agenda_werkgroep w join agenda_ambition a on a.id = w.ambition_id
                        where a.buurttop_id = ? order by w.id""")
                .param(buurttopId).query(Werkgroep.class).list().stream()
                .collect(Collectors.groupingBy(Werkgroep::ambitionId));
    }

    /** Rows read for a whole BuurtTop, as a list per ambition id given (empty where an ambition has none). */
    static <T> Map<Long, List<T>> perAmbition(List<Long> ambitionIds, Map<Long, List<T>> byAmbition) {
        Map<Long, List<T>> result = new LinkedHashMap<>();
        for (long a : ambitionIds) result.put(a, byAmbition.getOrDefault(a, List.of()));
        return result;
    }

    void addMember(long werkgroepId, String username) {
        jdbc.sql("insert into agenda_werkgroep_member (werkgroep_id, username) values (?, ?) on conflict do nothing")
                .params(werkgroepId, username).update();
    }

    List<String> members(long werkgroepId) {
        return jdbc.sql("select username from agenda_werkgroep_member where werkgroep_id = ? order by joined_at, username")
                .param(werkgroepId).query(String.class).list();
    }

    long insertEntry(long werkgroepId, Labels.EntryKind kind, LocalDate date, String text, String author) {
        return insert(jdbc.sql("insert into agenda_werkgroep_entry (werkgroep_id, kind, entry_date, text, author) values (?, ?, ?, ?, ?)")
                .params(werkgroepId, kind.name(), date, text, author));
    }

    List<WerkgroepEntry> entries(long werkgroepId) {
        return jdbc.sql("select * from agenda_werkgroep_entry where werkgroep_id = ? order by entry_date desc, id desc")
                .param(werkgroepId).query(WerkgroepEntry.class).list();
    }

    // --- institutional requests -------------------------------------------------------------------------------

    long insertRequest(long ambitionId, String institution, Labels.InstitutionKind kind, String responder, String question,
                       Instant sentAt, String sentBy) {
        return insert(jdbc.sql("insert into agenda_request (ambition_id, institution_name, institution_kind, responder_username, "
                        + "question, sent_at, sent_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(ambitionId, institution, kind.name(), responder, question, ts(sentAt), sentBy));
    }

    Optional<InstitutionRequest> findRequest(long id) {
        return jdbc.sql("select * from agenda_request where id = ?").param(id).query(InstitutionRequest.class).optional();
    }

    List<InstitutionRequest> requestsOfAmbition(long ambitionId) {
        return jdbc.sql("select * from agenda_request where ambition_id = ? order by sent_at, id").param(ambitionId)
                .query(InstitutionRequest.class).list();
    }

    List<InstitutionRequest> requestsOfBuurtTop(long buurttopId) {
        return jdbc.sql("select r.* from agenda_request r join agenda_ambition a on a.id = r.ambition_id where a.buurttop_id = ? "
                        + "order by r.sent_at, r.id").param(buurttopId).query(InstitutionRequest.class).list();
    }

    /** Optimistic lock: the update only happens when nobody answered in between. */
    boolean updateRequestStatus(long id, int expectedVersion, RequestStatus status, Instant at) {
        return jdbc.sql("update agenda_request set status = ?, last_response_at = ?, version = version + 1 where id = ? and version = ?")
                .params(status.name(), ts(at), id, expectedVersion).update() == 1;
    }

    void insertResponse(long requestId, RequestStatus status, String text, String author) {
        jdbc.sql("insert into agenda_request_response (request_id, status, text, author) values (?, ?, ?, ?)")
                .params(requestId, status.name(), text, author).update();
    }

    List<RequestResponse> responses(long requestId) {
        return jdbc.sql("select * from agenda_request_response where request_id = ? order by created_at, id").param(requestId)
                .query(RequestResponse.class).list();
    }

    // --- gemengde projectgroep --------------------------------------------------------------------------------

    long insertProjectgroep(long ambitionId, String name, String mandate, String mandateBy, String by) {
        return insert(jdbc.sql("insert into agenda_projectgroep (ambition_id, name, mandate, mandate_by, created_by) values (?, ?, ?, ?, ?)")
                .params(ambitionId, name, mandate, mandateBy, by));
    }

    Optional<Projectgroep> projectgroepOf(long ambitionId) {
        return jdbc.sql("select * from agenda_projectgroep where ambition_id = ?").param(ambitionId).query(Projectgroep.class).optional();
    }

    void insertProjectgroepMember(long projectgroepId, String name, Labels.Side side, String organisation) {
        jdbc.sql("insert into agenda_projectgroep_member (projectgroep_id, name, side, organisation) values (?, ?, ?, ?)")
                .params(projectgroepId, name, side.name(), organisation).update();
    }

    List<ProjectgroepMember> projectgroepMembers(long projectgroepId) {
        return jdbc.sql("select * from agenda_projectgroep_member where projectgroep_id = ? order by side, id")
                .param(projectgroepId).query(ProjectgroepMember.class).list();
    }

    // --- budget links -----------------------------------------------------------------------------------------

    boolean insertBudgetLink(long ambitionId, long lineId, String by) {
        return jdbc.sql("insert into agenda_budget_link (ambition_id, budget_line_id, linked_by) values (?, ?, ?) on conflict do nothing")
                .params(ambitionId, lineId, by).update() == 1;
    }

    void deleteBudgetLink(long ambitionId, long lineId) {
        jdbc.sql("delete from agenda_budget_link where ambition_id = ? and budget_line_id = ?").params(ambitionId, lineId).update();
    }

    List<Long> budgetLineIds(long ambitionId) {
        return jdbc.sql("select budget_line_id from agenda_budget_link where ambition_id = ? order by linked_at, budget_line_id")
                .param(ambitionId).query(Long.class).list();
    }

    /** The linked budget line ids of every ambition of a BuurtTop in one query, by ambition (as budgetLineIds). */
    Map<Long, List<Long>> budgetLineIdsOfBuurtTop(long buurttopId) {
        return jdbc.sql("""
                        select l.ambition_id, l.budget_line_id from agenda_budget_link l
                        join agenda_ambition a on a.id = l.ambition_id
                        where a.buurttop_id = ? order by l.linked_at, l.budget_line_id""")
                .param(buurttopId).query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list().stream()
                .collect(Collectors.groupingBy(r -> r[0], Collectors.mapping(r -> r[1], Collectors.toList())));
    }
}
