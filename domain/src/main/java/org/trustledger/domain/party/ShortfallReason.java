package org.trustledger.domain.party;

/** Why an invoice was paid short or late. */
public enum ShortfallReason {
    BANK_FEE_DEDUCTED,
    UNILATERAL_REDUCTION,
    DISCOUNT_AFTER_WORK,
    PROMISED_COST_NOT_PAID,
    LATE,
    UNPAID
}
