package io.verbatim.domain;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;

import java.util.function.Supplier;

/**
 * Stamps each revision with the API key that made it. Changes made outside a request (the sample data at start) or
 * without an identity are authored by {@code system}.
 */
public class RevisionAuthorListener implements RevisionListener {

    public static final String SYSTEM = "system";

    /** Who a background task (an asynchronous import) works for: it runs outside the request that started it. */
    private static final ThreadLocal<Author> ACTING_FOR = new ThreadLocal<>();

    /** A revision's author: an API key's name and role, or system. */
    public record Author(String name, String role) {
        public static final Author SYSTEM_AUTHOR = new Author(SYSTEM, SYSTEM);

        /** The author of changes made with this identity (system when anonymous or absent). */
        public static Author of(SecurityIdentity identity) {
            if (identity == null || identity.isAnonymous()) {
                return SYSTEM_AUTHOR;
            }
            return new Author(identity.getPrincipal().getName(),
                    identity.getRoles().contains("admin") ? "admin" : "editor");
        }
    }

    /** Runs {@code work} on this thread with every revision it makes authored by {@code author}. */
    public static <T> T actingFor(Author author, Supplier<T> work) {
        Author previous = ACTING_FOR.get();
        ACTING_FOR.set(author);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTING_FOR.remove();
            } else {
                ACTING_FOR.set(previous);
            }
        }
    }

    /** The author of changes made now on this thread: the one acted for, else the request's identity, else system. */
    public static Author currentAuthor() {
        Author acting = ACTING_FOR.get();
        return acting != null ? acting : Author.of(currentIdentity());
    }

    @Override
    public void newRevision(Object revisionEntity) {
        Revision revision = (Revision) revisionEntity;
        Author author = currentAuthor();
        revision.authorName = author.name();
        revision.authorRole = author.role();
    }

    private static SecurityIdentity currentIdentity() {
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        try (InstanceHandle<CurrentIdentityAssociation> association =
                     container.instance(CurrentIdentityAssociation.class)) {
            return association.isAvailable() ? association.get().getIdentity() : null;
        }
    }
}
