package io.verbatim.security;

import java.util.Set;

/** The two roles an API key can have; an admin is also an editor. */
public final class Roles {

    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";
    public static final Set<String> ALL = Set.of(EDITOR, ADMIN);

    private Roles() {
    }

    /** The roles a key of this role holds. */
    public static Set<String> granted(String role) {
        return ADMIN.equals(role) ? Set.of(ADMIN, EDITOR) : Set.of(EDITOR);
    }
}
