package org.trustledger.domain.identity;

import org.trustledger.domain.InvalidValueException;

/**
 * How much each kind of shared attribute weighs as evidence that two parties are one, each between 0 and 1;
 * configuration rather than code, since the shop may learn to trust some kinds more than others.
 */
public record MatchWeights(
        double phone,
        double sharedServicePhone,
        double sameFloorOrRoom,
        double sameBuilding,
        double sameStreetAddress,
        double bankAccount,
        double representative,
        double name,
        double caller,
        double email,
        double webDomain) {

    /**
     * A number, a floor, an account or an e-mail address of one's own is hard to share by chance; a name, a web domain
     * or a 050 number is not.
     */
    public static final MatchWeights DEFAULTS = new MatchWeights(1.0, 0.3, 1.0, 0.6, 0.5, 1.0, 0.8, 0.7, 0.6, 1.0, 0.6);

    /** Weights with the defaults for an e-mail address (1.0) and a web domain (0.6). */
    public MatchWeights(
            double phone,
            double sharedServicePhone,
            double sameFloorOrRoom,
            double sameBuilding,
            double sameStreetAddress,
            double bankAccount,
            double representative,
            double name,
            double caller) {
        this(
                phone,
                sharedServicePhone,
                sameFloorOrRoom,
                sameBuilding,
                sameStreetAddress,
                bankAccount,
                representative,
                name,
                caller,
                1.0,
                0.6);
    }

    public MatchWeights {
        check("phone", phone);
        check("sharedServicePhone", sharedServicePhone);
        check("sameFloorOrRoom", sameFloorOrRoom);
        check("sameBuilding", sameBuilding);
        check("sameStreetAddress", sameStreetAddress);
        check("bankAccount", bankAccount);
        check("representative", representative);
        check("name", name);
        check("caller", caller);
        check("email", email);
        check("webDomain", webDomain);
    }

    /** The weight of an address match of the given strength; 0 for {@link AddressMatch#NONE}. */
    public double address(AddressMatch match) {
        return switch (match) {
            case SAME_FLOOR_OR_ROOM -> sameFloorOrRoom;
            case SAME_BUILDING -> sameBuilding;
            case SAME_STREET_ADDRESS -> sameStreetAddress;
            case NONE -> 0.0;
        };
    }

    private static void check(String field, double weight) {
        if (!(weight >= 0.0 && weight <= 1.0)) {
            throw new InvalidValueException(
                    "matchWeights." + field, "a match weight is between 0 and 1, got " + weight);
        }
    }
}
