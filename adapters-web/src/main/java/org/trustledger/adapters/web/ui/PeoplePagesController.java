package org.trustledger.adapters.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.trustledger.adapters.web.people.DisclosedExports;
import org.trustledger.application.port.in.PeopleQuery;
import org.trustledger.application.port.in.PeopleQuery.Correction;
import org.trustledger.application.port.in.PeopleQuery.DisclosedEntry;
import org.trustledger.application.port.in.PeopleQuery.Disclosure;
import org.trustledger.application.port.in.PeopleQuery.PartyRef;
import org.trustledger.application.port.in.PeopleQuery.PersonFound;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.DetailChange;
import org.trustledger.domain.party.PartyPeople.Role;
import org.trustledger.domain.party.PersonId;

/**
 * The people search and a person's disclosure (開示) as a page they can read and take home printed: everything the
 * shop holds of them, in the reader's language, the same as the API's disclosure.
 */
@Controller
class PeoplePagesController {
    private final PeopleQuery people;
    private final DisclosedExports exports;
    private final UiTexts texts;
    private final Clock clock;

    PeoplePagesController(PeopleQuery people, DisclosedExports exports, UiTexts texts, Clock clock) {
        this.people = people;
        this.exports = exports;
        this.texts = texts;
        this.clock = clock;
    }

    record PartyLink(String partyId, String name, String kind) {}

    /** A person found: how they were written, their numbers, in what capacity and on which parties. */
    record PersonRow(
            String personId,
            String names,
            String phones,
            String roles,
            List<PartyLink> parties,
            int entries,
            String lastSeen) {}

    @GetMapping("/people")
    String search(@RequestParam(required = false) String q, Model model, Locale locale) {
        model.addAttribute("q", q);
        if (q != null) {
            try {
                model.addAttribute(
                        "rows", people.find(q).stream().map(p -> row(p, locale)).toList());
            } catch (InvalidValueException refused) {
                model.addAttribute("problem", texts.error(refused, locale));
            }
        }
        return "people";
    }

    private PersonRow row(PersonFound found, Locale locale) {
        return new PersonRow(
                found.personId().toString(),
                joined(locale, found.names()),
                phones(found.phones(), locale),
                roles(found.roles(), locale),
                found.parties().stream().map(p -> link(p, locale)).toList(),
                found.entries(),
                texts.time(found.lastSeenAt()));
    }

    /** One line of the details a private customer's party holds now. */
    record DetailRow(String label, String value) {}

    /** An entry naming the person, as the page lists it. */
    record EntryRow(
            long sequence,
            String when,
            PartyLink party,
            String roles,
            String type,
            String text,
            String recordedBy,
            Long retractedBy) {}

    /** A correction, with the value before and since when, the value after and when and by whom it was made. */
    record CorrectionRow(
            String field,
            String before,
            String since,
            String after,
            String correctedAt,
            String correctedBy,
            long sequence) {}

    /** An export that held the person's data. */
    record ExportRow(String at, String by, String scope, String format) {}

    @GetMapping("/people/{personId}")
    String disclosure(@PathVariable String personId, Model model, Locale locale, HttpServletResponse response) {
        PersonId id = PersonId.of(personId);
        var found = people.disclose(id);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("status", HttpStatus.NOT_FOUND.value());
            model.addAttribute("message", texts.message("ui.error.unknownPerson", locale));
            model.addAttribute("detail", null);
            return "error-page";
        }
        Disclosure disclosure = found.get();
        model.addAttribute("personId", id.toString());
        model.addAttribute("disclosedAt", texts.time(clock.instant()));
        model.addAttribute("privateCustomer", disclosure.privateCustomer());
        model.addAttribute("erasedAt", disclosure.erasedAt() == null ? null : texts.time(disclosure.erasedAt()));
        model.addAttribute("names", joined(locale, disclosure.names()));
        model.addAttribute("phones", phones(disclosure.phones(), locale));
        model.addAttribute(
                "roles",
                roles(
                        disclosure.entries().stream()
                                .flatMap(e -> e.roles().stream())
                                .collect(java.util.stream.Collectors.toSet()),
                        locale));
        model.addAttribute(
                "details",
                disclosure.details() == null
                        ? List.of()
                        : java.util.Arrays.stream(DetailChange.Field.values())
                                .map(field -> new DetailRow(
                                        texts.label("ui.people.field", field, locale),
                                        joined(locale, field.of(disclosure.details()))))
                                .toList());
        model.addAttribute(
                "entries",
                disclosure.entries().stream().map(e -> entry(e, locale)).toList());
        model.addAttribute(
                "corrections",
                disclosure.corrections().stream()
                        .map(c -> correction(c, locale))
                        .toList());
        model.addAttribute(
                "exports",
                exports.of(disclosure).stream()
                        .map(e -> new ExportRow(
                                texts.time(e.at()),
                                e.by(),
                                e.partyId() == null
                                        ? texts.message("ui.people.exportLedger", locale)
                                        : texts.message(
                                                "ui.people.exportParty", locale, partyName(disclosure, e.partyId())),
                                e.format()))
                        .toList());
        return "disclosure";
    }

    private EntryRow entry(DisclosedEntry disclosed, Locale locale) {
        var entry = disclosed.entry();
        return new EntryRow(
                entry.sequence(),
                texts.time(entry.recordedAt()),
                link(disclosed.party(), locale),
                roles(disclosed.roles(), locale),
                texts.label("ui.event", entry.type(), locale),
                texts.describe(entry.event(), locale),
                entry.recordedBy(),
                disclosed.retractedBy());
    }

    private CorrectionRow correction(Correction c, Locale locale) {
        String none = texts.message("ui.people.none", locale);
        return new CorrectionRow(
                texts.label("ui.people.field", c.field(), locale),
                c.before().isEmpty() ? none : joined(locale, c.before()),
                texts.time(c.since()),
                c.after().isEmpty() ? none : joined(locale, c.after()),
                texts.time(c.correctedAt()),
                c.correctedBy(),
                c.sequence());
    }

    private PartyLink link(PartyRef party, Locale locale) {
        return new PartyLink(
                party.partyId().toString(),
                party.name() == null ? party.partyId().toString() : party.name(),
                texts.label("ui.kind", party.kind(), locale));
    }

    private static String partyName(Disclosure disclosure, org.trustledger.domain.party.PartyId party) {
        return disclosure.entries().stream()
                .map(DisclosedEntry::party)
                .filter(p -> p.partyId().equals(party) && p.name() != null)
                .map(PartyRef::name)
                .findFirst()
                .orElse(party.toString());
    }

    private String roles(Set<Role> roles, Locale locale) {
        return joined(
                locale,
                roles.stream()
                        .sorted(Comparator.naturalOrder())
                        .map(role -> texts.label("ui.people.role", role, locale))
                        .toList());
    }

    private String phones(List<PhoneNumber> phones, Locale locale) {
        return joined(locale, phones.stream().map(PhoneNumber::display).toList());
    }

    /** Values in a line, as the reader's language lists them (、 or a comma). */
    private String joined(Locale locale, List<String> values) {
        return String.join(texts.message("ui.people.separator", locale), values);
    }
}
