package io.verbatim.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One change set recorded by Envers, with who made it: the API key's name and role, or "system". */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(RevisionAuthorListener.class)
public class Revision {

    @Id
    @GeneratedValue
    @RevisionNumber
    public Long id;

    @RevisionTimestamp
    public long timestamp;

    public String authorName;

    public String authorRole;
}
