package org.trustledger.adapters.web.ui;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;

/** One interaction with a party as staff enter it; each form of the party page binds the fields it shows, and the domain checks them. */
public class InteractionForm {
    private Channel channel = Channel.PHONE;

    private boolean onBehalfOfCustomer;

    @Size(max = 4000)
    private String summary;

    private Answer answer;

    @Size(max = 100)
    private String callerName;

    private boolean fullNameGiven;

    @Size(max = 100)
    private String role;

    @Size(max = 40)
    private String phone;

    private TroubleCategory category;

    private Severity severity;

    @Size(max = 4000)
    private String description;

    @Size(max = 500)
    private String staffNote;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;

    @Size(max = 100)
    private String invoiceRef;

    @PositiveOrZero
    private Long invoicedYen;

    @PositiveOrZero
    private Long paidYen;

    private ShortfallReason shortfallReason;

    @PositiveOrZero
    private Integer daysLate;

    @Size(max = 4000)
    private String reason;

    @Size(max = 40)
    private String linkedPartyId;

    private boolean confirmed;

    @Positive
    private Long sequence;

    /** The second press of a decision that ends a relationship, after its consequence was shown. */
    private boolean sure;

    public boolean isSure() {
        return sure;
    }

    public void setSure(boolean sure) {
        this.sure = sure;
    }

    public Long getSequence() {
        return sequence;
    }

    public void setSequence(Long sequence) {
        this.sequence = sequence;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public boolean isOnBehalfOfCustomer() {
        return onBehalfOfCustomer;
    }

    public void setOnBehalfOfCustomer(boolean onBehalfOfCustomer) {
        this.onBehalfOfCustomer = onBehalfOfCustomer;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Answer getAnswer() {
        return answer;
    }

    public void setAnswer(Answer answer) {
        this.answer = answer;
    }

    public String getCallerName() {
        return callerName;
    }

    public void setCallerName(String callerName) {
        this.callerName = callerName;
    }

    public boolean isFullNameGiven() {
        return fullNameGiven;
    }

    public void setFullNameGiven(boolean fullNameGiven) {
        this.fullNameGiven = fullNameGiven;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public TroubleCategory getCategory() {
        return category;
    }

    public void setCategory(TroubleCategory category) {
        this.category = category;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getStaffNote() {
        return staffNote;
    }

    public void setStaffNote(String staffNote) {
        this.staffNote = staffNote;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getInvoiceRef() {
        return invoiceRef;
    }

    public void setInvoiceRef(String invoiceRef) {
        this.invoiceRef = invoiceRef;
    }

    public Long getInvoicedYen() {
        return invoicedYen;
    }

    public void setInvoicedYen(Long invoicedYen) {
        this.invoicedYen = invoicedYen;
    }

    public Long getPaidYen() {
        return paidYen;
    }

    public void setPaidYen(Long paidYen) {
        this.paidYen = paidYen;
    }

    public ShortfallReason getShortfallReason() {
        return shortfallReason;
    }

    public void setShortfallReason(ShortfallReason shortfallReason) {
        this.shortfallReason = shortfallReason;
    }

    public Integer getDaysLate() {
        return daysLate;
    }

    public void setDaysLate(Integer daysLate) {
        this.daysLate = daysLate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getLinkedPartyId() {
        return linkedPartyId;
    }

    public void setLinkedPartyId(String linkedPartyId) {
        this.linkedPartyId = linkedPartyId;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
