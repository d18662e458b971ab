package org.trustledger.architecture;

/**
 * Where each part of the hexagon lives below a base package, so that the same rules run on Trust Ledger and on the
 * planted violations under {@code org.trustledger.architecture.planted}.
 */
record Layout(String base) {

    static final Layout TRUST_LEDGER = new Layout("org.trustledger");

    String all() {
        return base + "..";
    }

    String domain() {
        return base + ".domain..";
    }

    String application() {
        return base + ".application..";
    }

    String portIn() {
        return base + ".application.port.in..";
    }

    String portOut() {
        return base + ".application.port.out..";
    }

    String service() {
        return base + ".application.service..";
    }

    String axon() {
        return base + ".application.axon..";
    }

    String adapters() {
        return base + ".adapters..";
    }

    /** The one adapter package every other adapter may use: shared mapping of values and people's texts. */
    String common() {
        return base + ".adapters.common..";
    }

    String telephony() {
        return base + ".adapters.telephony..";
    }

    String mail() {
        return base + ".adapters.mail..";
    }

    String web() {
        return base + ".adapters.web..";
    }

    String persistence() {
        return base + ".adapters.persistence..";
    }

    String bootstrap() {
        return base + ".bootstrap..";
    }

    String partyCommand() {
        return base + ".domain.party.PartyCommand";
    }

    String partyEvent() {
        return base + ".domain.party.PartyEvent";
    }
}
