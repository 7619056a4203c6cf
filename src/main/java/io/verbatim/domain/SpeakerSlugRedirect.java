package io.verbatim.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.UUID;

/** The slug of a speaker merged into another, kept so that old links answer 301 to the surviving speaker. */
@Entity
public class SpeakerSlugRedirect extends PanacheEntityBase {

    @Id
    public String oldSlug;

    public UUID speakerId;
}
