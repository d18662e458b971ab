package org.trustledger.domain.party;

/**
 * What a person asks of the data the shop holds about them, as the law on personal information (個人情報保護法) names
 * it: to see it (開示), to have it corrected (訂正), or to have its use stopped or it erased (利用停止・消去).
 */
public enum PersonalDataRequestKind {
    DISCLOSURE,
    CORRECTION,
    ERASURE
}
