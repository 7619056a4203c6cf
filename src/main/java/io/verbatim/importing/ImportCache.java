package io.verbatim.importing;

import io.verbatim.domain.Source;
import io.verbatim.domain.Speaker;
import io.verbatim.domain.Statement;
import io.verbatim.domain.Topic;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the resolvers found or created in the current transaction, by natural key. Imports write with flush mode
 * COMMIT (a query would otherwise flush and dirty-check the whole batch, line after line), so entities created
 * earlier in the batch are found here rather than by a query; a batch's keys are also fetched in one query each.
 */
@TransactionScoped
public class ImportCache implements Serializable {

    private final Map<String, Optional<Speaker>> speakersBySlug = new HashMap<>();
    private final Map<String, Optional<Speaker>> speakersByAlias = new HashMap<>();
    private final Map<String, Optional<Topic>> topicsBySlug = new HashMap<>();
    private final Map<String, Optional<Source>> sourcesByUrl = new HashMap<>();
    private final Map<String, Optional<Statement>> statementsByExternalId = new HashMap<>();
    private final Map<NaturalKey, Statement> statementsByContent = new HashMap<>();

    /** A statement without an external id is the same statement when speaker, date and text are the same. */
    public record NaturalKey(UUID speakerId, LocalDate saidOn, String text) {
    }

    public Optional<Speaker> speakerBySlug(String slug, Supplier<Optional<Speaker>> query) {
        return speakersBySlug.computeIfAbsent(slug, ignored -> query.get());
    }

    public Optional<Speaker> speakerByAlias(String alias, Supplier<Optional<Speaker>> query) {
        return speakersByAlias.computeIfAbsent(alias.toLowerCase(Locale.ROOT), ignored -> query.get());
    }

    public void rememberSpeaker(Speaker speaker) {
        speakersBySlug.put(speaker.slug, Optional.of(speaker));
        speaker.aliases.forEach(alias -> speakersByAlias.put(alias.toLowerCase(Locale.ROOT), Optional.of(speaker)));
    }

    public Optional<Topic> topicBySlug(String slug, Supplier<Optional<Topic>> query) {
        return topicsBySlug.computeIfAbsent(slug, ignored -> query.get());
    }

    public void rememberTopic(Topic topic) {
        topicsBySlug.put(topic.slug, Optional.of(topic));
    }

    public Optional<Source> sourceByUrl(String url, Supplier<Optional<Source>> query) {
        return sourcesByUrl.computeIfAbsent(url, ignored -> query.get());
    }

    public void rememberSource(Source source) {
        sourcesByUrl.put(source.url, Optional.of(source));
    }

    public Optional<Statement> statementByExternalId(String externalId, Supplier<Optional<Statement>> query) {
        return statementsByExternalId.computeIfAbsent(externalId, ignored -> query.get());
    }

    public Optional<Statement> statementByContent(NaturalKey key, Supplier<Optional<Statement>> query) {
        Statement created = statementsByContent.get(key);
        return created != null ? Optional.of(created) : query.get();
    }

    public void rememberStatement(Statement statement) {
        if (statement.externalId != null) {
            statementsByExternalId.put(statement.externalId, Optional.of(statement));
        } else {
            statementsByContent.put(new NaturalKey(statement.speaker.id, statement.saidOn, statement.text), statement);
        }
    }

    /** Fetches a batch's speakers, topics, sources and statements with one query each. */
    void prefetch(EntityManager entityManager, Collection<ImportLine> lines) {
        Set<String> speakerSlugs = new HashSet<>();
        Map<String, String> speakerNames = new HashMap<>();
        Set<String> topicSlugs = new HashSet<>();
        Set<String> urls = new HashSet<>();
        Set<String> externalIds = new HashSet<>();
        for (ImportLine line : lines) {
            addSlug(speakerSlugs, line.speaker().name());
            addName(speakerNames, line.speaker().name());
            if (line.onBehalfOf() != null) {
                addSlug(speakerSlugs, line.onBehalfOf().name());
                addName(speakerNames, line.onBehalfOf().name());
            }
            if (line.topics() != null) {
                line.topics().forEach(topic -> {
                    addSlug(topicSlugs, topic.name());
                    addSlug(topicSlugs, topic.parent());
                });
            }
            line.allSources().forEach(source -> Optional.ofNullable(Text.clean(source.url())).ifPresent(urls::add));
            Optional.ofNullable(Text.clean(line.externalId())).ifPresent(externalIds::add);
        }
        fill(speakersBySlug, speakerSlugs, fetch(entityManager, "select s from Speaker s where s.slug in :keys",
                Speaker.class, speakerSlugs), speaker -> speaker.slug);
        prefetchAliases(entityManager, speakerNames);
        fill(topicsBySlug, topicSlugs, fetch(entityManager, "select t from Topic t where t.slug in :keys",
                Topic.class, topicSlugs), topic -> topic.slug);
        fill(sourcesByUrl, urls, fetch(entityManager, "select s from Source s where s.url in :keys", Source.class,
                urls), source -> source.url);
        fill(statementsByExternalId, externalIds, fetch(entityManager,
                "select s from Statement s where s.externalId in :keys", Statement.class, externalIds),
                statement -> statement.externalId);
    }

    /**
     * A speaker not found by slug is looked for by alias, one query a name: here, one query for the batch's names
     * whose slug is unknown. Only names in ASCII are settled as "no such alias" (Java's and PostgreSQL's lower()
     * agree there); any other name still gets its own query when it comes.
     */
    private void prefetchAliases(EntityManager entityManager, Map<String, String> slugsByName) {
        Set<String> names = new HashSet<>();
        slugsByName.forEach((name, slug) -> {
            if (speakersBySlug.getOrDefault(slug, Optional.empty()).isEmpty()) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        });
        if (names.isEmpty()) {
            return;
        }
        List<Object[]> found = entityManager.createQuery(
                "select s, lower(a) from Speaker s join s.aliases a where lower(a) in :names order by s.slug desc",
                Object[].class).setParameter("names", names).getResultList();
        for (String name : names) {
            if (name.chars().allMatch(c -> c < 128)) {
                speakersByAlias.putIfAbsent(name, Optional.empty());
            }
        }
        // ordered by slug descending, so that the first slug (as the one-by-one query would answer) is put last
        for (Object[] row : found) {
            speakersByAlias.put(((String) row[1]).toLowerCase(Locale.ROOT), Optional.of((Speaker) row[0]));
        }
    }

    private static void addName(Map<String, String> slugsByName, String name) {
        String clean = Text.clean(name);
        if (clean != null) {
            slugsByName.put(clean, io.verbatim.domain.Slugs.of(clean));
        }
    }

    /** Forgets everything: after the persistence context is cleared, the entities here are detached. */
    void clear() {
        speakersBySlug.clear();
        speakersByAlias.clear();
        topicsBySlug.clear();
        sourcesByUrl.clear();
        statementsByExternalId.clear();
        statementsByContent.clear();
    }

    private static void addSlug(Set<String> slugs, String name) {
        String clean = Text.clean(name);
        if (clean != null) {
            slugs.add(io.verbatim.domain.Slugs.of(clean));
        }
    }

    private static <T> List<T> fetch(EntityManager entityManager, String query, Class<T> type, Set<String> keys) {
        return keys.isEmpty() ? List.of()
                : entityManager.createQuery(query, type).setParameter("keys", keys).getResultList();
    }

    private static <T> void fill(Map<String, Optional<T>> cache, Set<String> keys, List<T> found,
                                 Function<T, String> keyOf) {
        keys.forEach(key -> cache.putIfAbsent(key, Optional.empty()));
        found.forEach(entity -> cache.put(keyOf.apply(entity), Optional.of(entity)));
    }
}
