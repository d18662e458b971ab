package org.trustledger.architecture.planted.records.domain.identity;

/** Legal: a name starting with "set" is not a setter, and a package-private setter is not public. */
public class SettlementLike {
    private String cache;

    public String settle() {
        return "settled";
    }

    public String setting() {
        return cache;
    }

    void setCache(String cache) {
        this.cache = cache;
    }
}
