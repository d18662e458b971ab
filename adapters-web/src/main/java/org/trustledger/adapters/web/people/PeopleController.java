package org.trustledger.adapters.web.people;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trustledger.adapters.common.EventTexts;
import org.trustledger.adapters.common.problem.LocalizedProblem;
import org.trustledger.adapters.web.party.EventDataMapper;
import org.trustledger.adapters.web.people.DisclosedExports.Scope;
import org.trustledger.application.port.in.PeopleQuery;
import org.trustledger.application.port.in.PeopleQuery.Correction;
import org.trustledger.application.port.in.PeopleQuery.DisclosedEntry;
import org.trustledger.application.port.in.PeopleQuery.Disclosure;
import org.trustledger.application.port.in.PeopleQuery.PartyRef;
import org.trustledger.application.port.in.PeopleQuery.PersonFound;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.DetailChange;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyPeople.Role;
import org.trustledger.domain.party.PersonId;
import tools.jackson.databind.JsonNode;

/**
 * Finding a person and disclosing to them what the shop holds of them (開示), as JSON; the dashboard's printable page
 * tells the same.
 */
@RestController
class PeopleController {
    private final PeopleQuery people;
    private final DisclosedExports exports;
    private final EventDataMapper eventData;
    private final EventTexts eventTexts;
    private final Clock clock;

    PeopleController(
            PeopleQuery people,
            DisclosedExports exports,
            EventDataMapper eventData,
            EventTexts eventTexts,
            Clock clock) {
        this.people = people;
        this.exports = exports;
        this.eventData = eventData;
        this.eventTexts = eventTexts;
        this.clock = clock;
    }

    record PhoneResponse(String e164, String display) {}

    record PartyResponse(UUID partyId, String name, PartyKind kind, String href) {}

    /** A person found, with where their disclosure is served. */
    record PersonResponse(
            UUID personId,
            List<String> names,
            List<PhoneResponse> phones,
            List<Role> roles,
            List<PartyResponse> parties,
            int entries,
            Instant lastSeenAt,
            String href) {}

    record PeopleResponse(List<PersonResponse> items) {}

    /** An entry naming the person, with who recorded it and when, its facts and its line in the reader's language. */
    record EntryResponse(
            UUID partyId,
            String partyName,
            PartyKind partyKind,
            long sequence,
            String type,
            Instant recordedAt,
            String recordedBy,
            String correlationId,
            List<Role> roles,
            JsonNode data,
            String text,
            Long retractedBy) {}

    /** A correction: the field, its value before and since when, its value after and when and by whom it changed. */
    record CorrectionResponse(
            UUID partyId,
            String field,
            List<String> before,
            long sinceSequence,
            Instant since,
            List<String> after,
            long sequence,
            Instant correctedAt,
            String correctedBy) {}

    /** An export that held the person's data: when, to whom, and what. */
    record ExportResponse(Instant at, String by, Scope scope, UUID partyId, String format) {}

    record DisclosureResponse(
            UUID personId,
            boolean privateCustomer,
            Instant erasedAt,
            Instant disclosedAt,
            List<String> names,
            List<PhoneResponse> phones,
            Map<String, List<String>> details,
            List<EntryResponse> entries,
            List<CorrectionResponse> corrections,
            List<ExportResponse> exports) {}

    @GetMapping("/api/v1/people")
    @Operation(
            summary = "Find the people whose data the shop holds, by name or phone number",
            description = "a private customer, a caller of any party, or a representative; q is a name folded as"
                    + " screening folds it (width, kana, spaces, titles; any part of it, 2 letters at least) or a"
                    + " phone number in any notation. The most recently seen first, at most 50")
    PeopleResponse find(@RequestParam(required = false) String q) {
        return new PeopleResponse(
                people.find(q).stream().map(PeopleController::person).toList());
    }

    @GetMapping("/api/v1/people/{personId}/disclosure")
    @Operation(
            summary = "Everything the shop holds of a person (開示)",
            description = "their names and numbers, a private customer's details, every entry naming them with who"
                    + " recorded it and when, each correction of their details with both values and dates, and every"
                    + " export that held their data, with whom it went to. 404 when nothing is held under the id")
    DisclosureResponse disclose(@PathVariable String personId, Locale locale) {
        PersonId id = PersonId.of(personId);
        Disclosure disclosure = people.disclose(id)
                .orElseThrow(() -> new LocalizedProblem(
                        HttpStatus.NOT_FOUND, "unknown-person", "problem.detail.unknownPerson", id));
        return new DisclosureResponse(
                id.value(),
                disclosure.privateCustomer(),
                disclosure.erasedAt(),
                clock.instant(),
                disclosure.names(),
                phones(disclosure.phones()),
                disclosure.details() == null ? null : details(disclosure),
                disclosure.entries().stream().map(e -> entry(e, locale)).toList(),
                disclosure.corrections().stream()
                        .map(PeopleController::correction)
                        .toList(),
                exports.of(disclosure).stream()
                        .map(e -> new ExportResponse(
                                e.at(),
                                e.by(),
                                e.scope(),
                                e.partyId() == null ? null : e.partyId().value(),
                                e.format()))
                        .toList());
    }

    private static PersonResponse person(PersonFound found) {
        return new PersonResponse(
                found.personId().value(),
                found.names(),
                phones(found.phones()),
                sorted(found.roles()),
                found.parties().stream().map(PeopleController::party).toList(),
                found.entries(),
                found.lastSeenAt(),
                "/api/v1/people/" + found.personId() + "/disclosure");
    }

    private static PartyResponse party(PartyRef party) {
        return new PartyResponse(
                party.partyId().value(), party.name(), party.kind(), "/api/v1/parties/" + party.partyId());
    }

    private EntryResponse entry(DisclosedEntry disclosed, Locale locale) {
        var entry = disclosed.entry();
        return new EntryResponse(
                disclosed.party().partyId().value(),
                disclosed.party().name(),
                disclosed.party().kind(),
                entry.sequence(),
                entry.type(),
                entry.recordedAt(),
                entry.recordedBy(),
                entry.correlationId(),
                sorted(disclosed.roles()),
                eventData.data(entry.event()),
                eventTexts.describe(entry.event(), locale),
                disclosed.retractedBy());
    }

    private static CorrectionResponse correction(Correction c) {
        return new CorrectionResponse(
                c.partyId().value(),
                fieldName(c.field()),
                c.before(),
                c.sinceSequence(),
                c.since(),
                c.after(),
                c.sequence(),
                c.correctedAt(),
                c.correctedBy());
    }

    private static Map<String, List<String>> details(Disclosure disclosure) {
        Map<String, List<String>> details = new LinkedHashMap<>();
        for (DetailChange.Field field : DetailChange.Field.values()) {
            details.put(fieldName(field), field.of(disclosure.details()));
        }
        return details;
    }

    /** A field as the API names the details' fields: {@code bankAccount}, {@code phones}. */
    static String fieldName(DetailChange.Field field) {
        String[] words = field.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    private static List<PhoneResponse> phones(List<PhoneNumber> phones) {
        return phones.stream()
                .map(phone -> new PhoneResponse(phone.e164(), phone.display()))
                .toList();
    }

    private static List<Role> sorted(Set<Role> roles) {
        return roles.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
