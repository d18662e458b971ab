package org.trustledger.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.benchmarks.JapaneseIdentities.Building;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.LogTrouble;
import org.trustledger.domain.party.PartyCommand.ReceiveRequest;
import org.trustledger.domain.party.PartyCommand.RecordPaymentShort;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyCommand.SettlePayment;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.party.Yen;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.trust.SequencedEvent;

/**
 * Builds a ledger the way a shop fills one: mostly direct customers in houses and flats, resellers in office districts
 * (some in shared buildings or virtual offices, some answering through a call centre's 0120 number), a few carriers,
 * and resellers that were terminated and came back under a new name at the same address. Every history is produced by
 * the real decider from commands, so the events are ones the product would have stored.
 */
final class LedgerGenerator {
    private static final long SEED = 20_260_601L;
    private static final int CALLS_PER_KIND = 1024;
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant NOW_MINUS_HOUR = Ledger.NOW.minus(HOUR);

    private static final List<String> CUSTOMER_REQUESTS = List.of(
            "光回線に乗り換えたらインターネットにつながらない",
            "Wi-Fiが奥の部屋まで届かない",
            "ルーターの設定をお願いしたい",
            "不要なオプションの解約手続きを一緒にしてほしい",
            "プリンターがWi-Fiにつながらない",
            "引っ越し先での回線開通の相談");
    private static final List<String> PROXY_REQUESTS =
            List.of("光回線に乗り換えたお客様宅でのルーター設定の代行", "お客様宅の宅内LAN工事の依頼", "新規開通のお客様への訪問設定サポート", "お客様のメール設定の代行");
    private static final List<String> TROUBLES = List.of(
            "契約内容と案内内容が食い違っており、お客様から苦情が入った",
            "約束の日時に連絡がつかず、作業が延期になった",
            "必要書類が届かず作業ができなかった",
            "接続用パスワードを誤って伝えられた",
            "作業範囲外の作業を当日になって追加で求められた");

    private final int size;
    private final SplittableRandom random = new SplittableRandom(SEED);
    private final JapaneseIdentities ids = new JapaneseIdentities(random);
    private final List<Ledger.Party> parties = new ArrayList<>();
    private final List<PartyDetails> phoneOwners = new ArrayList<>();
    private final List<PartyDetails> companies = new ArrayList<>();
    private final List<ScreeningRequest> renamedCalls = new ArrayList<>();

    LedgerGenerator(int size) {
        this.size = size;
    }

    Ledger generate() {
        while (parties.size() < size) {
            double kind = random.nextDouble();
            if (kind < 0.80) {
                customer();
            } else if (kind < 0.96) {
                reseller();
            } else if (kind < 0.965) {
                carrier();
            } else {
                other();
            }
        }
        if (renamedCalls.isEmpty()) {
            throw new IllegalStateException("a ledger of " + size + " parties is too small to hold a renamed reseller");
        }
        return new Ledger(
                parties,
                new Ledger.Calls(knownPartyPhoneCalls(), cycle(renamedCalls), unknownCallerCalls(), nameOnlyCalls()));
    }

    // ---- parties ----

    private void customer() {
        PersonName name = ids.personName();
        Address address = random.nextInt(10) < 6 ? ids.house() : ids.flat();
        List<PhoneNumber> phones = new ArrayList<>();
        phones.add(ids.mobile());
        if (random.nextInt(5) == 0) {
            phones.add(ids.landline(ids.homeArea(address)));
        }
        PartyDetails details = new PartyDetails(new PartyName(name.value()), phones, address, null, null);
        History h = new History(PartyKind.CUSTOMER, details, daysAgo(30, 1100), NOW_MINUS_HOUR);
        int requests = 1 + random.nextInt(3);
        for (int i = 0; i < requests; i++) {
            h.record(at -> new ReceiveRequest(
                    h.id,
                    random.nextInt(4) == 0 ? Channel.WEB_FORM : Channel.PHONE,
                    false,
                    ids.pick(CUSTOMER_REQUESTS),
                    Answer.ACCEPTED,
                    List.of(),
                    at));
        }
        if (random.nextInt(30) == 0) {
            trouble(h, Severity.MINOR);
        }
        if (random.nextInt(50) == 0) {
            h.record(at -> new RecordPaymentShort(
                    h.id, invoice(), new Yen(8800), new Yen(8800), ShortfallReason.LATE, 5 + random.nextInt(20), at));
        }
        phoneOwners.add(details);
        add(h);
    }

    private void reseller() {
        Building building = officeFor();
        int floor = 1 + random.nextInt(building.floors());
        Address address = ids.inBuilding(building, floor, true);
        String core = ids.companyCore();
        PartyName name = ids.companyName(core);
        PersonName representative = random.nextInt(5) == 0 ? null : ids.personName();
        PartyDetails details = new PartyDetails(
                name,
                resellerPhones(address),
                address,
                representative,
                random.nextInt(10) < 7 ? ids.bankAccount(null) : null);
        boolean terminated = random.nextInt(33) == 0;
        Instant registered = terminated ? daysAgo(400, 1100) : daysAgo(30, 1100);
        History h =
                new History(PartyKind.RESELLER, details, registered, terminated ? daysAgo(90, 120) : NOW_MINUS_HOUR);
        int requests = 1 + random.nextInt(4);
        for (int i = 0; i < requests; i++) {
            h.record(at -> new ReceiveRequest(
                    h.id,
                    Channel.PHONE,
                    random.nextInt(10) < 7,
                    ids.pick(PROXY_REQUESTS),
                    Answer.ACCEPTED,
                    List.of(),
                    at));
        }
        if (random.nextInt(10) == 0) {
            h.record(at ->
                    new IdentifyCaller(h.id, null, false, "営業", details.phones().getFirst(), at));
        }
        if (terminated) {
            trouble(h, Severity.MAJOR);
            trouble(h, Severity.SEVERE);
            h.record(at -> new TerminateRelationship(h.id, "代理依頼が毎回トラブルになるため取引を停止する", at));
        } else {
            if (random.nextInt(4) == 0) {
                trouble(h, random.nextInt(10) == 0 ? Severity.SEVERE : Severity.MINOR);
            }
            if (random.nextInt(12) == 0) {
                String invoice = invoice();
                h.record(at -> new RecordPaymentShort(
                        h.id, invoice, new Yen(16500), new Yen(16060), ShortfallReason.BANK_FEE_DEDUCTED, 0, at));
                if (random.nextBoolean()) {
                    h.record(at -> new SettlePayment(h.id, invoice, new Yen(440), at));
                }
            }
        }
        companies.add(details);
        if (details.phones().getFirst().lineType() == PhoneNumber.LineType.STANDARD) {
            phoneOwners.add(details);
        }
        add(h);
        if (terminated && parties.size() < size && random.nextInt(10) < 7) {
            renamed(details, building, floor, h.clock);
        }
    }

    /**
     * The terminated reseller back under a new name, on the same floor, with a new number, sometimes with the same
     * representative; the call is the new name giving the old address, written another way.
     */
    private void renamed(PartyDetails old, Building building, int floor, Instant terminatedAt) {
        PartyName name = ids.companyName(ids.companyCore());
        PartyDetails details = new PartyDetails(
                name,
                List.of(ids.landline(building.locality())),
                ids.inBuilding(building, floor, random.nextBoolean()),
                random.nextInt(10) < 3 ? old.representative() : null,
                null);
        Instant registered = terminatedAt.plus(Duration.ofDays(10 + random.nextInt(50)));
        History h = new History(PartyKind.RESELLER, details, registered, NOW_MINUS_HOUR);
        h.record(at ->
                new IdentifyCaller(h.id, null, false, "担当", details.phones().getFirst(), at));
        add(h);
        renamedCalls.add(new ScreeningRequest(
                name,
                ids.personName(),
                false,
                null,
                ids.rewritten(old.address(), building, floor),
                null,
                null,
                PartyKind.RESELLER,
                false,
                Channel.PHONE));
    }

    private void carrier() {
        Building building = ids.officeBuilding();
        Address address = ids.inBuilding(building, 1 + random.nextInt(building.floors()), true);
        PartyDetails details =
                new PartyDetails(ids.companyName(ids.companyCore()), List.of(ids.ownTollFree()), address, null, null);
        History h = new History(PartyKind.CARRIER, details, daysAgo(200, 1100), NOW_MINUS_HOUR);
        h.record(at ->
                new ReceiveRequest(h.id, Channel.EMAIL, false, "回線工事後の宅内機器設定の依頼", Answer.ACCEPTED, List.of(), at));
        companies.add(details);
        add(h);
    }

    /** Property managers, IT shops and the like: companies that are neither customers nor resellers. */
    private void other() {
        Building building = officeFor();
        Address address = ids.inBuilding(building, 1 + random.nextInt(building.floors()), true);
        PartyDetails details = new PartyDetails(
                ids.companyName(ids.companyCore()),
                List.of(ids.landline(building.locality())),
                address,
                ids.personName(),
                null);
        History h = new History(PartyKind.OTHER, details, daysAgo(30, 1100), NOW_MINUS_HOUR);
        h.record(at ->
                new ReceiveRequest(h.id, Channel.PHONE, false, "入居者向けインターネット設備の相談", Answer.ACCEPTED, List.of(), at));
        companies.add(details);
        phoneOwners.add(details);
        add(h);
    }

    /** Most firms rent an office of their own; some share a building with other resellers, a few a virtual office. */
    private Building officeFor() {
        int draw = random.nextInt(100);
        if (draw < 70) {
            return ids.officeBuilding();
        }
        return draw < 92 ? ids.sharedOffice() : ids.virtualOffice();
    }

    private List<PhoneNumber> resellerPhones(Address address) {
        List<PhoneNumber> phones = new ArrayList<>();
        int draw = random.nextInt(100);
        if (draw < 12) {
            phones.add(ids.callCentre());
        } else if (draw < 20) {
            phones.add(ids.ipPhone());
        }
        phones.add(ids.landline(ids.officeArea(address)));
        if (random.nextInt(3) == 0) {
            phones.add(ids.mobile());
        }
        return phones;
    }

    private void trouble(History h, Severity severity) {
        TroubleCategory category = TroubleCategory.values()[random.nextInt(TroubleCategory.values().length)];
        String description = ids.pick(TROUBLES);
        h.record(at -> new LogTrouble(
                h.id,
                category,
                severity,
                description,
                LocalDate.ofInstant(at, PartyDecider.SHOP_ZONE).minusDays(1),
                at));
    }

    private String invoice() {
        return "INV-" + (10_000 + random.nextInt(90_000));
    }

    private void add(History h) {
        parties.add(h.party());
    }

    // ---- calls ----

    /** Caller ID shows the number of a known party's own line; staff have only that and the caller's name. */
    private List<ScreeningRequest> knownPartyPhoneCalls() {
        List<ScreeningRequest> calls = new ArrayList<>();
        for (int i = 0; i < CALLS_PER_KIND; i++) {
            PartyDetails known = ids.pick(phoneOwners);
            PhoneNumber own = known.phones().stream()
                    .filter(p -> p.lineType() == PhoneNumber.LineType.STANDARD)
                    .findFirst()
                    .orElseThrow();
            calls.add(new ScreeningRequest(
                    null, ids.personName(), false, own, null, null, null, null, false, Channel.PHONE));
        }
        return calls;
    }

    /** A business the ledger has never heard of, calling from a number no party has. */
    private List<ScreeningRequest> unknownCallerCalls() {
        List<ScreeningRequest> calls = new ArrayList<>();
        for (int i = 0; i < CALLS_PER_KIND; i++) {
            PhoneNumber phone = random.nextBoolean() ? ids.mobile() : ids.ipPhone();
            calls.add(new ScreeningRequest(
                    ids.companyName(ids.unknownCore()),
                    ids.personName(),
                    false,
                    phone,
                    null,
                    null,
                    null,
                    null,
                    false,
                    Channel.PHONE));
        }
        return calls;
    }

    /** A caller who gives only a known company's name, its legal form written the other way round. */
    private List<ScreeningRequest> nameOnlyCalls() {
        List<ScreeningRequest> calls = new ArrayList<>();
        for (int i = 0; i < CALLS_PER_KIND; i++) {
            String written = ids.pick(companies).name().value();
            String said = swapLegalForm(written);
            calls.add(new ScreeningRequest(
                    new PartyName(said),
                    null,
                    random.nextInt(5) == 0,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    Channel.PHONE));
        }
        return calls;
    }

    /** 株式会社ネクスト光 said as ネクスト光(株), ネクスト光合同会社 as 合同会社 ネクスト光. */
    private static String swapLegalForm(String written) {
        for (String form : List.of("株式会社", "合同会社", "有限会社")) {
            if (written.startsWith(form)) {
                String core = written.substring(form.length());
                return form.equals("株式会社") ? core + "(株)" : core + form;
            }
            if (written.endsWith(form)) {
                return form + " " + written.substring(0, written.length() - form.length());
            }
        }
        return written;
    }

    private List<ScreeningRequest> cycle(List<ScreeningRequest> some) {
        List<ScreeningRequest> calls = new ArrayList<>();
        for (int i = 0; i < CALLS_PER_KIND; i++) {
            calls.add(some.get(i % some.size()));
        }
        return calls;
    }

    // ---- time and ids ----

    private Instant daysAgo(int fewest, int most) {
        long seconds = Duration.ofDays(fewest).toSeconds()
                + random.nextLong(Duration.ofDays(most - fewest).toSeconds());
        return Ledger.NOW.minusSeconds(seconds);
    }

    private PartyId partyId() {
        // Version-4 layout, so that the ids look like the product's own random UUIDs.
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new PartyId(new UUID(high, low));
    }

    /** One party's history, recorded command by command through the decider, at increasing times up to its end. */
    private final class History {
        final PartyId id = partyId();
        final List<PartyEvent> events = new ArrayList<>();
        final Instant end;
        PartyState state = PartyState.INITIAL;
        Instant clock;

        History(PartyKind kind, PartyDetails details, Instant registered, Instant end) {
            this.clock = registered;
            this.end = end.isAfter(registered) ? end : registered.plus(HOUR);
            apply(new RegisterParty(id, kind, details, registered));
        }

        /** Records the command a while after the previous event, leaving room for a few more before the end. */
        void record(Function<Instant, PartyCommand> command) {
            long room = Math.max(Duration.between(clock, end).toSeconds() / 4, 60);
            Instant next = clock.plusSeconds(60 + random.nextLong(room));
            clock = next.isAfter(end) ? end : next;
            apply(command.apply(clock));
        }

        private void apply(PartyCommand command) {
            for (PartyEvent event : PartyDecider.decide(command, state)) {
                state = PartyDecider.evolve(state, event);
                events.add(event);
            }
        }

        /** The view the party projection would hold after these events. */
        Ledger.Party party() {
            Yen outstanding = state.outstandingByInvoice().values().stream().reduce(Yen.ZERO, Yen::plus);
            int troubles = (int)
                    events.stream().filter(TroubleLogged.class::isInstance).count();
            PartyView view = new PartyView(
                    id,
                    state.kind(),
                    state.details(),
                    state.terminated(),
                    outstanding,
                    troubles,
                    events.getFirst().recordedAt(),
                    events.getLast().recordedAt(),
                    state.eventCount());
            return new Ledger.Party(view, SequencedEvent.numbered(events));
        }
    }
}
