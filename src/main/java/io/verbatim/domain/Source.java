package io.verbatim.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A published piece (an article, a transcript, a press release) that carries statements; unique by URL. */
@Entity
@Audited
public class Source extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public String url;

    public String outlet;

    public String title;

    public LocalDate publishedOn;

    public String author;

    @CreationTimestamp
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;

    @Version
    public int version;
}
