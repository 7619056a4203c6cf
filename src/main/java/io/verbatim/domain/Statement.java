package io.verbatim.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What a speaker said (or wrote, or was reported to have said), when, and where it was published. */
@Entity
@Audited
public class Statement extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public String externalId;

    public String text;

    @Enumerated(EnumType.STRING)
    public StatementKind kind;

    public String language = "en";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    public Speaker speaker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "on_behalf_of_id")
    public Speaker onBehalfOf;

    public String speakerRole;

    public LocalDate saidOn;

    @Enumerated(EnumType.STRING)
    public DatePrecision datePrecision = DatePrecision.DAY;

    public String context;

    @ManyToMany
    @JoinTable(name = "statement_topic", joinColumns = @JoinColumn(name = "statement_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    public Set<Topic> topics = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "statement_source", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    public List<SourceCitation> sources = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public StatementStatus status = StatementStatus.PUBLISHED;

    public String retractionReason;

    @CreationTimestamp
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;

    @Version
    public int version;

    /** The fact-checks linked to this statement (written through the reviews, never from here); not in its history. */
    @OneToMany(mappedBy = "statement")
    @OrderBy("datePublished DESC, id")
    @NotAudited
    public List<Review> reviews = new ArrayList<>();
}
