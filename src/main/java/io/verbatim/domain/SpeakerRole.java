package io.verbatim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** A position a speaker held over a period: "U.S. Senator", Republican, Kentucky, from 2011. */
@Embeddable
public class SpeakerRole {

    @Column(nullable = false)
    public String title;
    public String organization;
    public String party;
    public String jurisdiction;
    @Column(name = "valid_from")
    public LocalDate from;
    @Column(name = "valid_to")
    public LocalDate to;

    public SpeakerRole() {
    }

    public SpeakerRole(String title, String organization, String party, String jurisdiction, LocalDate from,
                       LocalDate to) {
        this.title = title;
        this.organization = organization;
        this.party = party;
        this.jurisdiction = jurisdiction;
        this.from = from;
        this.to = to;
    }
}
