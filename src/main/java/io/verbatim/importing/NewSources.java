package io.verbatim.importing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The sources a batch cites for the first time, created by SQL before its lines are resolved (one query to find the
 * unknown URLs, one INSERT for them and their history rows), so that the resolvers then load them with the batch's
 * other sources instead of persisting them one entity at a time. Each gets what {@link SourceResolver} would have
 * given it: the outlet of its first citation, and each detail from the first citation that has one.
 */
final class NewSources {

    private static final String KNOWN = "SELECT url FROM source WHERE url = ANY (?::text[])";

    private static final String INSERT = """
            WITH created AS (
                INSERT INTO source (id, url, outlet, title, published_on, author, created_at, updated_at, version)
                SELECT u.id::uuid, u.url, u.outlet, u.title, u.published_on::date, u.author, ?, ?, 0
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     AS u(id, url, outlet, title, published_on, author)
                ON CONFLICT (url) DO NOTHING
                RETURNING *)
            INSERT INTO source_aud (id, rev, revtype, url, outlet, title, published_on, author, created_at, updated_at,
                                    version)
            SELECT id, ?, 0, url, outlet, title, published_on, author, created_at, updated_at, version FROM created""";

    private final List<Details> rows;

    private NewSources(List<Details> rows) {
        this.rows = rows;
    }

    /** The sources {@code lines} cite that are not stored yet (and that have an outlet to be created with). */
    static NewSources unknown(Connection connection, List<ImportLine> lines) throws SQLException {
        Map<String, Details> cited = new LinkedHashMap<>();
        for (ImportLine line : lines) {
            for (SourceInput source : line.allSources()) {
                String url = Text.clean(source.url());
                if (url != null) {
                    cited.computeIfAbsent(url, Details::new).fill(source);
                }
            }
        }
        if (!cited.isEmpty()) {
            cited.keySet().removeAll(known(connection, cited.keySet()));
        }
        cited.values().removeIf(details -> details.outlet == null);
        return new NewSources(List.copyOf(cited.values()));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Creates them, with their history rows in revision {@code revision}, stamped {@code now}. */
    void write(Connection connection, long revision, Instant now) throws SQLException {
        OffsetDateTime stamp = now.atOffset(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, stamp);
            insert.setObject(2, stamp);
            insert.setArray(3, texts(connection, rows.stream().map(row -> UUID.randomUUID().toString())));
            insert.setArray(4, texts(connection, rows.stream().map(row -> row.url)));
            insert.setArray(5, texts(connection, rows.stream().map(row -> row.outlet)));
            insert.setArray(6, texts(connection, rows.stream().map(row -> row.title)));
            insert.setArray(7, texts(connection, rows.stream().map(row -> row.publishedOn)));
            insert.setArray(8, texts(connection, rows.stream().map(row -> row.author)));
            insert.setLong(9, revision);
            insert.executeUpdate();
        }
    }

    private static Set<String> known(Connection connection, Set<String> urls) throws SQLException {
        Set<String> known = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(KNOWN)) {
            query.setArray(1, texts(connection, urls.stream()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    known.add(rows.getString(1));
                }
            }
        }
        return known;
    }

    private static Array texts(Connection connection, java.util.stream.Stream<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }

    /** A new source's columns, each from the first citation that gives it. */
    private static final class Details {
        final String url;
        String outlet;
        String title;
        String publishedOn;
        String author;
        private boolean first = true;

        Details(String url) {
            this.url = url;
        }

        void fill(SourceInput source) {
            if (first) {
                outlet = Text.clean(source.outlet());
                first = false;
            }
            if (title == null) {
                title = Text.clean(source.title());
            }
            if (publishedOn == null && source.publishedOn() != null) {
                publishedOn = source.publishedOn().toString();
            }
            if (author == null) {
                author = Text.clean(source.author());
            }
        }
    }
}
