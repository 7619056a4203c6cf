package io.verbatim.view;

import io.verbatim.domain.SourceCitation;
import io.verbatim.domain.Speaker;
import io.verbatim.domain.SpeakerKind;
import io.verbatim.domain.Statement;
import io.verbatim.domain.Topic;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement as a schema.org {@code Quotation} in JSON-LD, for fact-checkers to embed next to their ClaimReview
 * markup. The speaker is {@code spokenByCharacter}; the {@code creator} is the principal the speaker spoke for, or
 * the speaker.
 */
public final class Quotation {

    public static final String MEDIA_TYPE = "application/ld+json";

    private Quotation() {
    }

    public static Map<String, Object> of(Statement statement, String url) {
        Map<String, Object> quotation = new LinkedHashMap<>();
        quotation.put("@context", "https://schema.org");
        quotation.put("@type", "Quotation");
        quotation.put("@id", url);
        quotation.put("url", url);
        quotation.put("text", statement.text);
        quotation.put("spokenByCharacter", agent(statement.speaker));
        quotation.put("creator", agent(statement.onBehalfOf != null ? statement.onBehalfOf : statement.speaker));
        quotation.put("dateCreated", switch (statement.datePrecision) {
            case DAY -> statement.saidOn.toString();
            case MONTH -> statement.saidOn.toString().substring(0, 7);
            case YEAR -> statement.saidOn.toString().substring(0, 4);
        });
        quotation.put("inLanguage", statement.language);
        quotation.put("isBasedOn", statement.sources.stream().map(Quotation::work).toList());
        List<Map<String, Object>> about = statement.topics.stream()
                .sorted(Comparator.comparing(topic -> topic.slug))
                .map(Quotation::thing)
                .toList();
        quotation.put("about", about);
        return quotation;
    }

    static Map<String, Object> agent(Speaker speaker) {
        Map<String, Object> agent = new LinkedHashMap<>();
        agent.put("@type", speaker.kind == SpeakerKind.ORGANIZATION ? "Organization" : "Person");
        agent.put("name", speaker.name);
        if (!speaker.aliases.isEmpty()) {
            agent.put("alternateName", List.copyOf(speaker.aliases));
        }
        if (speaker.wikidataId != null) {
            agent.put("sameAs", "https://www.wikidata.org/wiki/" + speaker.wikidataId);
        }
        return agent;
    }

    static Map<String, Object> work(SourceCitation citation) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "CreativeWork");
        work.put("url", citation.source.url);
        if (citation.source.title != null) {
            work.put("name", citation.source.title);
        }
        work.put("publisher", Map.of("@type", "Organization", "name", citation.source.outlet));
        if (citation.source.publishedOn != null) {
            work.put("datePublished", citation.source.publishedOn.toString());
        }
        if (citation.source.author != null) {
            work.put("author", citation.source.author);
        }
        return work;
    }

    private static Map<String, Object> thing(Topic topic) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", "Thing");
        thing.put("name", topic.name);
        return thing;
    }
}
