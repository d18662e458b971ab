package org.trustledger.domain.identity;

/** How closely two addresses agree, from the same floor or room down to no match at all. */
public enum AddressMatch {
    /** Same street address and the same floor or room, in the same building or with the building unnamed on one side. */
    SAME_FLOOR_OR_ROOM,
    /** Same street address and the same building name, but the floor or room differs or is missing on one side. */
    SAME_BUILDING,
    /** Same locality and block numbers, and nothing known that would put them in one building. */
    SAME_STREET_ADDRESS,
    /** Anything less, near misses such as 1-2-3 against 1-2-4 included. */
    NONE
}
