package org.trustledger.application.port.in;

/**
 * How many contacts a purge forgot: those of callers never recorded on a party, the log's only trace of them, apart
 * from the others, whose requests the ledger keeps.
 *
 * @param notRecordedOnAParty contacts nobody recorded on a party
 * @param recordedOnAParty contacts taken and recorded on a party
 */
public record PurgedContacts(int notRecordedOnAParty, int recordedOnAParty) {

    public int total() {
        return notRecordedOnAParty + recordedOnAParty;
    }
}
