package org.trustledger.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.trustledger.application.service.ScreeningService;
import org.trustledger.domain.screening.ScreeningResult;

/**
 * The four kinds of call both benchmarks measure, so that the index and its full-scan baseline answer exactly the
 * same calls; each subclass sets up the service it measures.
 */
@State(Scope.Benchmark)
public abstract class ScreeningCalls {
    private ScreeningService screening;
    private Rotation knownPartyPhone;
    private Rotation renamedPartyAddress;
    private Rotation unknownCaller;
    private Rotation nameOnly;

    /** Called from each subclass's trial set-up, once the service and the ledger's calls exist. */
    protected void measure(ScreeningService service, Ledger.Calls calls) {
        screening = service;
        knownPartyPhone = new Rotation(calls.knownPartyPhone());
        renamedPartyAddress = new Rotation(calls.renamedPartyAddress());
        unknownCaller = new Rotation(calls.unknownCaller());
        nameOnly = new Rotation(calls.nameOnly());
    }

    /** Caller ID shows a known party's own number. */
    @Benchmark
    public ScreeningResult knownPartyPhone() {
        return screening.screen(knownPartyPhone.next(), Ledger.NOW);
    }

    /** A terminated reseller under its new name, giving its old address and building written another way. */
    @Benchmark
    public ScreeningResult renamedPartyAddress() {
        return screening.screen(renamedPartyAddress.next(), Ledger.NOW);
    }

    /** A business the ledger has never heard of, from a number no party has. */
    @Benchmark
    public ScreeningResult unknownCaller() {
        return screening.screen(unknownCaller.next(), Ledger.NOW);
    }

    /** Only a known company's name, its legal form said the other way round. */
    @Benchmark
    public ScreeningResult nameOnly() {
        return screening.screen(nameOnly.next(), Ledger.NOW);
    }
}
