package io.verbatim.reviews;

import java.util.Map;

/**
 * One review read from a feed, before validation: its line (1-based: the NDJSON line, the array element, or the
 * claim of a Fact Check Tools answer), the review, the feed's own names for its fields (for errors), and warnings.
 */
record FeedItem(long line, String prefix, ReviewInput input, Map<String, String> fieldNames,
                java.util.List<String[]> warnings) {

    /** The feed's name for a field of {@link ReviewInput} ("publisher.name" → "author.name"). */
    String feedField(String inputField) {
        String name = fieldNames.getOrDefault(inputField, inputField);
        return prefix + name;
    }
}
