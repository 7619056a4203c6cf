package io.verbatim.importing;

import io.verbatim.domain.DatePrecision;
import io.verbatim.domain.Slugs;
import io.verbatim.domain.StatementStatus;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A batch's statements as stored, read with two queries (the statements by external id with their topics and
 * sources; their speakers with aliases and roles), to tell in Java which lines would change nothing: the statement
 * equals the line field by field, and the line brings no alias, role, Wikidata id, description, topic parent or
 * source detail that the import would add. Those lines are counted unchanged and write nothing; the others go on
 * to be written. Lines without an external id, and external ids that come twice in a batch, are always written (the
 * row-by-row path decides them), so that the answer never depends on the order of lines within a batch.
 */
final class StoredStatements {

    /** A statement as stored, in the terms of an import line. */
    record Stored(String externalId, String text, String kind, String language, String speakerSlug,
                  String onBehalfOfSlug, String speakerRole, LocalDate saidOn, String datePrecision, String context,
                  String status, String retractionReason, List<String> topicSlugs, Set<String> topicsWithoutParent,
                  List<String> sourceUrls, List<String> attributions, Set<String> urlsWithoutTitle,
                  Set<String> urlsWithoutPublishedOn, Set<String> urlsWithoutAuthor) {
    }

    /** A speaker as stored: what an import line could still add to it. */
    record StoredSpeaker(String name, boolean hasWikidataId, boolean hasDescription, List<String> aliases,
                         List<String> roleTitles, List<String> roleOrganizations, List<LocalDate> roleFroms) {
    }

    /**
     * Speakers and topics are looked up by key, one index probe each: as joins, the planner hashed the whole speaker
     * table (twice) and the topic table once per statement, which was most of the query's time.
     */
    private static final String STATEMENTS = """
            SELECT s.external_id, s.text, s.kind, s.language,
                   (SELECT sp.slug FROM speaker sp WHERE sp.id = s.speaker_id),
                   (SELECT ob.slug FROM speaker ob WHERE ob.id = s.on_behalf_of_id),
                   s.speaker_role, s.said_on, s.date_precision, s.context, s.status, s.retraction_reason,
                   tp.slugs, tp.orphans, so.urls, so.attributions, so.no_title, so.no_published_on, so.no_author
            FROM statement s
            LEFT JOIN LATERAL (
                SELECT array_agg(t.slug ORDER BY t.slug) AS slugs,
                       array_agg(t.slug) FILTER (WHERE t.parent_id IS NULL) AS orphans
                FROM statement_topic st
                CROSS JOIN LATERAL (SELECT t.slug, t.parent_id FROM topic t WHERE t.id = st.topic_id OFFSET 0) t
                WHERE st.statement_id = s.id) tp ON true
            LEFT JOIN LATERAL (
                SELECT array_agg(src.url ORDER BY ss.position) AS urls,
                       array_agg(ss.attribution ORDER BY ss.position) AS attributions,
                       array_agg(src.url) FILTER (WHERE src.title IS NULL) AS no_title,
                       array_agg(src.url) FILTER (WHERE src.published_on IS NULL) AS no_published_on,
                       array_agg(src.url) FILTER (WHERE src.author IS NULL) AS no_author
                FROM statement_source ss JOIN source src ON src.id = ss.source_id
                WHERE ss.statement_id = s.id) so ON true
            WHERE s.external_id = ANY (?)""";

    private static final String SPEAKERS = """
            SELECT sp.slug, sp.name, sp.wikidata_id IS NOT NULL, sp.description IS NOT NULL,
                   array(SELECT a.alias FROM speaker_alias a WHERE a.speaker_id = sp.id ORDER BY a.position),
                   array(SELECT r.title FROM speaker_role r WHERE r.speaker_id = sp.id ORDER BY r.position),
                   array(SELECT r.organization FROM speaker_role r WHERE r.speaker_id = sp.id ORDER BY r.position),
                   array(SELECT r.valid_from::text FROM speaker_role r WHERE r.speaker_id = sp.id ORDER BY r.position)
            FROM speaker sp WHERE sp.slug = ANY (?)""";

    /**
     * What each topic name resolves to on import (TopicResolver): the topic of its slug, else the first topic by slug
     * with that name, case-insensitively (a renamed topic, or one whose slug had to differ from its name's); null when
     * the import would create one.
     */
    private static final String TOPIC_NAMES = """
            SELECT n.name, coalesce((SELECT t.slug FROM topic t WHERE t.slug = n.slug),
                                    (SELECT t.slug FROM topic t WHERE lower(t.name) = lower(n.name)
                                     ORDER BY t.slug LIMIT 1))
            FROM unnest(?::text[], ?::text[]) AS n(name, slug)""";

    private StoredStatements() {
    }

    /** The positions in {@code lines} of the lines that would change nothing. */
    static BitSet unchanged(Connection connection, List<ImportLine> lines) throws SQLException {
        Map<String, Integer> occurrences = new HashMap<>();
        for (ImportLine line : lines) {
            String externalId = Text.clean(line.externalId());
            if (externalId != null) {
                occurrences.merge(externalId, 1, Integer::sum);
            }
        }
        List<String> keys = occurrences.entrySet().stream().filter(entry -> entry.getValue() == 1)
                .map(Map.Entry::getKey).toList();
        BitSet unchanged = new BitSet(lines.size());
        if (keys.isEmpty()) {
            return unchanged;
        }
        Map<String, Stored> stored = statements(connection, keys);
        if (stored.isEmpty()) {
            return unchanged;
        }
        Set<String> speakerSlugs = new HashSet<>();
        stored.values().forEach(statement -> {
            speakerSlugs.add(statement.speakerSlug());
            if (statement.onBehalfOfSlug() != null) {
                speakerSlugs.add(statement.onBehalfOfSlug());
            }
        });
        Map<String, StoredSpeaker> speakers = speakers(connection, speakerSlugs);
        List<Stored> storedFor = new ArrayList<>(lines.size());
        for (ImportLine line : lines) {
            String externalId = Text.clean(line.externalId());
            storedFor.add(externalId == null || occurrences.get(externalId) != 1 ? null : stored.get(externalId));
        }
        Map<String, String> topicSlugs = topicSlugs(connection, lines, storedFor);
        for (int i = 0; i < lines.size(); i++) {
            if (storedFor.get(i) != null && same(lines.get(i), storedFor.get(i), speakers, topicSlugs)) {
                unchanged.set(i);
            }
        }
        return unchanged;
    }

    /**
     * The slug each topic name of the batch's stored lines resolves to, for the names whose own slug is not among
     * their statement's topics (one query a batch; none when every name slugs to a linked topic, the common case).
     */
    private static Map<String, String> topicSlugs(Connection connection, List<ImportLine> lines, List<Stored> storedFor)
            throws SQLException {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ImportLine line = lines.get(i);
            Stored statement = storedFor.get(i);
            if (statement == null || line.topics() == null) {
                continue;
            }
            for (TopicInput topic : line.topics()) {
                String name = Text.clean(topic.name());
                if (!statement.topicSlugs().contains(Slugs.of(name))) {
                    names.add(name);
                }
            }
        }
        Map<String, String> slugs = new HashMap<>();
        if (names.isEmpty()) {
            return slugs;
        }
        String[] asked = names.toArray(String[]::new);
        try (PreparedStatement select = connection.prepareStatement(TOPIC_NAMES)) {
            select.setArray(1, connection.createArrayOf("text", asked));
            select.setArray(2, connection.createArrayOf("text", Arrays.stream(asked).map(Slugs::of).toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    slugs.put(row.getString(1), row.getString(2));
                }
            }
        }
        return slugs;
    }

    private static boolean same(ImportLine line, Stored stored, Map<String, StoredSpeaker> speakers,
                                Map<String, String> topicSlugs) {
        StatementStatus status = Optional.ofNullable(line.status()).orElse(StatementStatus.PUBLISHED);
        String reason = status == StatementStatus.RETRACTED ? Text.clean(line.retractionReason()) : null;
        if (!line.text().strip().equals(stored.text())
                || !line.kind().name().equals(stored.kind())
                || !Optional.ofNullable(Text.clean(line.language())).orElse("en").equals(stored.language())
                || !Objects.equals(Text.clean(line.speakerRole()), stored.speakerRole())
                || !line.saidOn().equals(stored.saidOn())
                || !Optional.ofNullable(line.datePrecision()).orElse(DatePrecision.DAY).name()
                .equals(stored.datePrecision())
                || !Objects.equals(Text.clean(line.context()), stored.context())
                || !status.name().equals(stored.status())
                || !Objects.equals(reason, stored.retractionReason())) {
            return false;
        }
        if (!sameSpeaker(line.speaker(), stored.speakerSlug(), speakers)) {
            return false;
        }
        if (line.onBehalfOf() == null ? stored.onBehalfOfSlug() != null
                : !sameSpeaker(line.onBehalfOf(), stored.onBehalfOfSlug(), speakers)) {
            return false;
        }
        return sameTopics(line, stored, topicSlugs) && sameSources(line, stored);
    }

    /** The line names this stored speaker (by slug) and would add nothing to it. */
    private static boolean sameSpeaker(SpeakerInput input, String storedSlug, Map<String, StoredSpeaker> speakers) {
        String name = Text.clean(input.name());
        if (storedSlug == null || !Slugs.of(name).equals(storedSlug)) {
            return false;
        }
        StoredSpeaker speaker = speakers.get(storedSlug);
        if (speaker == null) {
            return false;
        }
        if (input.aliases() != null) {
            for (String alias : input.aliases()) {
                String clean = Text.clean(alias);
                if (!clean.equalsIgnoreCase(speaker.name())
                        && speaker.aliases().stream().noneMatch(known -> known.equalsIgnoreCase(clean))) {
                    return false;
                }
            }
        }
        if (!speaker.hasWikidataId() && input.wikidataId() != null) {
            return false;
        }
        if (!speaker.hasDescription() && Text.clean(input.description()) != null) {
            return false;
        }
        if (input.roles() != null) {
            for (RoleInput role : input.roles()) {
                String title = Text.clean(role.title());
                String organization = Text.clean(role.organization());
                boolean known = false;
                for (int r = 0; r < speaker.roleTitles().size() && !known; r++) {
                    known = speaker.roleTitles().get(r).equalsIgnoreCase(title)
                            && Objects.equals(speaker.roleOrganizations().get(r), organization)
                            && Objects.equals(speaker.roleFroms().get(r), role.from());
                }
                if (!known) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Same set of topics, each name resolved as the import resolves it (by its slug, else by name), and no parent
     * given for a stored topic that has none (the import would set it).
     */
    private static boolean sameTopics(ImportLine line, Stored stored, Map<String, String> topicSlugs) {
        Set<String> slugs = new HashSet<>();
        if (line.topics() != null) {
            for (TopicInput topic : line.topics()) {
                String name = Text.clean(topic.name());
                String slug = Slugs.of(name);
                if (!stored.topicSlugs().contains(slug)) {
                    slug = topicSlugs.get(name);
                    if (slug == null) {
                        return false;
                    }
                }
                slugs.add(slug);
                if (Text.clean(topic.parent()) != null && stored.topicsWithoutParent().contains(slug)) {
                    return false;
                }
            }
        }
        return slugs.equals(new HashSet<>(stored.topicSlugs()));
    }

    /** Same sources in the same order with the same attributions, and no detail a stored source lacks. */
    private static boolean sameSources(ImportLine line, Stored stored) {
        List<SourceInput> sources = line.allSources();
        if (sources.size() != stored.sourceUrls().size()) {
            return false;
        }
        for (int i = 0; i < sources.size(); i++) {
            SourceInput source = sources.get(i);
            String url = Text.clean(source.url());
            if (!url.equals(stored.sourceUrls().get(i))
                    || !Objects.equals(Text.clean(source.attribution()), stored.attributions().get(i))
                    || Text.clean(source.title()) != null && stored.urlsWithoutTitle().contains(url)
                    || source.publishedOn() != null && stored.urlsWithoutPublishedOn().contains(url)
                    || Text.clean(source.author()) != null && stored.urlsWithoutAuthor().contains(url)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Stored> statements(Connection connection, List<String> externalIds)
            throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(STATEMENTS)) {
            select.setArray(1, connection.createArrayOf("varchar", externalIds.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Stored statement = new Stored(row.getString(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                            row.getObject(8, LocalDate.class), row.getString(9), row.getString(10), row.getString(11),
                            row.getString(12), strings(row.getArray(13)), new HashSet<>(strings(row.getArray(14))),
                            strings(row.getArray(15)), strings(row.getArray(16)),
                            new HashSet<>(strings(row.getArray(17))), new HashSet<>(strings(row.getArray(18))),
                            new HashSet<>(strings(row.getArray(19))));
                    stored.put(statement.externalId(), statement);
                }
            }
        }
        return stored;
    }

    private static Map<String, StoredSpeaker> speakers(Connection connection, Set<String> slugs) throws SQLException {
        Map<String, StoredSpeaker> speakers = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(SPEAKERS)) {
            select.setArray(1, connection.createArrayOf("varchar", slugs.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    speakers.put(row.getString(1), new StoredSpeaker(row.getString(2), row.getBoolean(3),
                            row.getBoolean(4), strings(row.getArray(5)), strings(row.getArray(6)),
                            strings(row.getArray(7)), strings(row.getArray(8)).stream()
                            .map(from -> from == null ? null : LocalDate.parse(from)).toList()));
                }
            }
        }
        return speakers;
    }

    /** A text array as a list; SQL NULL (an aggregate over no rows) as empty. Elements may be null. */
    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }
}
