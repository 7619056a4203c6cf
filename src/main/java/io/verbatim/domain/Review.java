package io.verbatim.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A fact-check (schema.org ClaimReview) of a claim, linked to the statement it reviews when one is on record. */
@Entity
@Audited
public class Review extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    /** Null while unlinked. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "statement_id")
    public Statement statement;

    @Enumerated(EnumType.STRING)
    public ReviewMatch matchKind;

    /** An editor decided it reviews no statement on record: it stays unlinked, the quote check is not asked. */
    public boolean unlinkedByEditor;

    /** Where the claim lies in the statement's text when it is a cut of it (characters, end exclusive). */
    public Integer spanStart;

    public Integer spanEnd;

    public String claimReviewed;

    public String claimant;

    public LocalDate claimDate;

    public String url;

    public String title;

    public String publisherName;

    public String publisherSite;

    public String author;

    public LocalDate datePublished;

    public String language;

    public String ratingLabel;

    public Double ratingValue;

    public Double ratingBest;

    public Double ratingWorst;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    @Enumerated(EnumType.STRING)
    public VerdictSource verdictFrom;

    @CreationTimestamp
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;

    @Version
    public int version;
}
