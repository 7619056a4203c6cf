package io.verbatim.domain;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the API key that made it. Changes made outside a request (the sample data at start) or
 * without an identity are authored by {@code system}.
 */
public class RevisionAuthorListener implements RevisionListener {

    public static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        Revision revision = (Revision) revisionEntity;
        revision.authorName = SYSTEM;
        revision.authorRole = SYSTEM;
        SecurityIdentity identity = currentIdentity();
        if (identity != null && !identity.isAnonymous()) {
            revision.authorName = identity.getPrincipal().getName();
            revision.authorRole = identity.getRoles().contains("admin") ? "admin" : "editor";
        }
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
