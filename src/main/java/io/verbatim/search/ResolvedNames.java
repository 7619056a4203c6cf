package io.verbatim.search;

import io.verbatim.domain.Ids;
import io.verbatim.domain.Slugs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The ids behind the speakers and topics a search names (topics with every topic below them), looked up before the
 * search so that PostgreSQL plans it with concrete ids and can walk an index in order. Null means "not filtered".
 */
record ResolvedNames(UUID[] speakers, UUID[] onBehalfOf, UUID[] attributedTo, UUID[] topics) {

    /** Whether a filter named only things that do not exist: the search then matches nothing. */
    boolean matchesNothing() {
        return isEmpty(speakers) || isEmpty(onBehalfOf) || isEmpty(attributedTo) || isEmpty(topics);
    }

    private static boolean isEmpty(UUID[] ids) {
        return ids != null && ids.length == 0;
    }

    static ResolvedNames of(Connection connection, StatementQuery query) throws SQLException {
        return new ResolvedNames(speakers(connection, query.speakers()), speakers(connection, query.onBehalfOf()),
                speakers(connection, query.attributedTo()), topics(connection, query.topics()));
    }

    private static UUID[] speakers(Connection connection, List<String> idsOrSlugs) throws SQLException {
        if (idsOrSlugs.isEmpty()) {
            return null;
        }
        UUID[] ids = idsOrSlugs.stream().map(Ids::parse).flatMap(Optional::stream).toArray(UUID[]::new);
        String[] slugs = slugs(idsOrSlugs);
        // The slug of a speaker merged into another leads to the survivor, as GET /speakers/{slug} does.
        return ids(connection, new Sql().append("SELECT id FROM speaker WHERE id = ANY(?) OR slug = ANY(?)"
                + " UNION SELECT speaker_id FROM speaker_slug_redirect WHERE old_slug = ANY(?)", ids, slugs, slugs));
    }

    private static UUID[] topics(Connection connection, List<String> slugs) throws SQLException {
        if (slugs.isEmpty()) {
            return null;
        }
        return ids(connection, new Sql().append("WITH RECURSIVE subtree(id) AS (SELECT id FROM topic WHERE slug = ANY(?)"
                + " UNION SELECT child.id FROM topic child JOIN subtree ON child.parent_id = subtree.id)"
                + " SELECT id FROM subtree", (Object) slugs(slugs)));
    }

    private static UUID[] ids(Connection connection, Sql sql) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids.toArray(UUID[]::new);
    }

    /** Each value as given and as a slug, so that "Rand Paul" and "rand-paul" both work. */
    private static String[] slugs(List<String> values) {
        Set<String> slugs = new LinkedHashSet<>();
        for (String value : values) {
            slugs.add(value);
            slugs.add(Slugs.of(value));
        }
        return slugs.toArray(String[]::new);
    }
}
