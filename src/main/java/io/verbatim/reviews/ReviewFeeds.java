package io.verbatim.reviews;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.importing.ImportReport.LineError;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads the two feed shapes into reviews: schema.org ClaimReview as published in fact-check pages (one object, an
 * array, an {@code @graph}) and the answer of Google Fact Check Tools' {@code claims:search}
 * ({@code claims[].claimReview[]}). Pure reading: no validation beyond what the shape needs, no database.
 */
final class ReviewFeeds {

    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

    private ReviewFeeds() {
    }

    /** A whole JSON document: array elements are lines 1, 2, …; a Fact Check Tools answer's claims likewise. */
    static void document(JsonNode root, Consumer<FeedItem> items, Consumer<LineError> errors) {
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                node(root.get(i), i + 1, false, items, errors);
            }
        } else {
            node(root, 1, true, items, errors);
        }
    }

    /**
     * One JSON value read at {@code line}: a ClaimReview, an {@code @graph} of them, or a Fact Check Tools answer
     * (whose claims are numbered as lines when {@code numberClaims}, else all on this line).
     */
    static void node(JsonNode node, long line, boolean numberClaims, Consumer<FeedItem> items,
                     Consumer<LineError> errors) {
        if (node == null || !node.isObject()) {
            errors.accept(new LineError(line, null, "must be a JSON object (a ClaimReview or a claims:search answer)"));
            return;
        }
        if (node.has("claims")) {
            JsonNode claims = node.get("claims");
            if (!claims.isArray()) {
                errors.accept(new LineError(line, "claims", "must be an array"));
                return;
            }
            for (int i = 0; i < claims.size(); i++) {
                factCheckTools(claims.get(i), numberClaims ? i + 1 : line, "claims[" + i + "].", items, errors);
            }
            return;
        }
        if (node.has("@graph") && node.get("@graph").isArray()) {
            for (JsonNode member : node.get("@graph")) {
                if (isType(member, "ClaimReview")) {
                    claimReview(member, line, items, errors);
                }
            }
            return;
        }
        claimReview(node, line, items, errors);
    }

    /** A schema.org ClaimReview. */
    static void claimReview(JsonNode node, long line, Consumer<FeedItem> items, Consumer<LineError> errors) {
        if (node.has("@type") && !isType(node, "ClaimReview")) {
            errors.accept(new LineError(line, "@type", "must be ClaimReview"));
            return;
        }
        List<LineError> problems = new ArrayList<>();
        List<String[]> warnings = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        JsonNode item = node.path("itemReviewed");
        JsonNode claimAuthor = first(item.path("author"));
        String claimant = claimAuthor.isTextual() ? claimAuthor.asText() : text(claimAuthor, "name");
        names.put("claimant", "itemReviewed.author.name");
        LocalDate claimDate = date(item, "datePublished", "itemReviewed.datePublished", line, problems);
        names.put("claimDate", "itemReviewed.datePublished");

        JsonNode author = first(node.path("author"));
        JsonNode publisherNode = first(node.path("publisher"));
        String personAuthor = null;
        if (publisherNode.isMissingNode() || publisherNode.isNull()) {
            publisherNode = author;
            names.put("publisher.name", "author.name");
            names.put("publisher.site", "author.url");
        } else {
            personAuthor = author.isTextual() ? author.asText() : text(author, "name");
            names.put("publisher.name", "publisher.name");
            names.put("publisher.site", "publisher.url");
            names.put("author", "author.name");
        }
        String url = text(node, "url");
        if (url == null && node.path("@id").asText("").matches("(?i)^https?://.*")) {
            url = node.get("@id").asText();
        }
        String publisherName = publisherNode.isTextual() ? publisherNode.asText() : text(publisherNode, "name");
        String site = text(publisherNode, "url");
        if (publisherName == null) {
            publisherName = host(url);
        }
        String title = text(node, "name") != null ? text(node, "name") : text(node, "headline");
        names.put("title", node.has("name") ? "name" : "headline");
        LocalDate published = date(node, "datePublished", "datePublished", line, problems);
        JsonNode language = node.path("inLanguage");
        String languageTag = language.isTextual() ? language.asText() : text(language, "alternateName");
        names.put("language", "inLanguage");

        JsonNode rating = first(node.path("reviewRating"));
        String label = text(rating, "alternateName") != null ? text(rating, "alternateName") : text(rating, "name");
        names.put("rating.label", rating.has("alternateName") ? "reviewRating.alternateName" : "reviewRating.name");
        Double value = number(rating, "ratingValue", warnings);
        Double best = number(rating, "bestRating", warnings);
        Double worst = number(rating, "worstRating", warnings);
        names.put("rating.value", "reviewRating.ratingValue");
        names.put("rating.best", "reviewRating.bestRating");
        names.put("rating.worst", "reviewRating.worstRating");
        if (!problems.isEmpty()) {
            problems.forEach(errors);
            return;
        }
        boolean rated = label != null || value != null || best != null || worst != null;
        ReviewInput input = new ReviewInput(null, null, text(node, "claimReviewed"), claimant, claimDate, url, title,
                publisherName == null ? null : new ReviewInput.PublisherInput(publisherName, site), personAuthor,
                published, languageTag, rated ? new ReviewInput.RatingInput(label, value, best, worst) : null, null);
        items.accept(new FeedItem(line, "", input, names, warnings));
    }

    /** One claim of a Fact Check Tools answer: each of its reviews is an item on the same line. */
    static void factCheckTools(JsonNode claim, long line, String prefix, Consumer<FeedItem> items,
                               Consumer<LineError> errors) {
        if (!claim.isObject()) {
            errors.accept(new LineError(line, prefix.isEmpty() ? null : prefix.substring(0, prefix.length() - 1),
                    "must be a claim object"));
            return;
        }
        JsonNode reviews = claim.path("claimReview");
        if (!reviews.isArray() || reviews.isEmpty()) {
            errors.accept(new LineError(line, prefix + "claimReview", "must list at least one review"));
            return;
        }
        List<LineError> problems = new ArrayList<>();
        LocalDate claimDate = date(claim, "claimDate", prefix + "claimDate", line, problems);
        for (int j = 0; j < reviews.size(); j++) {
            JsonNode review = reviews.get(j);
            String at = prefix + "claimReview[" + j + "].";
            List<LineError> own = new ArrayList<>(problems);
            LocalDate reviewDate = date(review, "reviewDate", at + "reviewDate", line, own);
            if (!own.isEmpty()) {
                own.forEach(errors);
                continue;
            }
            Map<String, String> names = new LinkedHashMap<>();
            names.put("claimReviewed", "text");
            names.put("claimant", "claimant");
            names.put("claimDate", "claimDate");
            names.put("url", "claimReview[" + j + "].url");
            names.put("title", "claimReview[" + j + "].title");
            names.put("publisher.name", "claimReview[" + j + "].publisher.name");
            names.put("publisher.site", "claimReview[" + j + "].publisher.site");
            names.put("datePublished", "claimReview[" + j + "].reviewDate");
            names.put("language", "claimReview[" + j + "].languageCode");
            names.put("rating.label", "claimReview[" + j + "].textualRating");
            String url = text(review, "url");
            JsonNode publisher = review.path("publisher");
            String publisherName = text(publisher, "name") != null ? text(publisher, "name") : host(url);
            String label = text(review, "textualRating");
            ReviewInput input = new ReviewInput(null, null, text(claim, "text"), text(claim, "claimant"), claimDate, url,
                    text(review, "title"),
                    publisherName == null ? null : new ReviewInput.PublisherInput(publisherName, text(publisher, "site")),
                    null, reviewDate, text(review, "languageCode"),
                    label == null ? null : new ReviewInput.RatingInput(label, null, null, null), null);
            items.accept(new FeedItem(line, prefix, input, names, new ArrayList<>()));
        }
    }

    private static boolean isType(JsonNode node, String type) {
        JsonNode types = node.path("@type");
        if (types.isArray()) {
            for (JsonNode each : types) {
                if (type.equals(each.asText()) || each.asText().endsWith("/" + type)) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(types.asText()) || types.asText().endsWith("/" + type);
    }

    /** The first of an array, or the node itself. */
    private static JsonNode first(JsonNode node) {
        return node.isArray() ? node.path(0) : node;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isArray()) {
            value = value.path(0);
        }
        if (value.isTextual() || value.isNumber()) {
            String text = value.asText().strip();
            return text.isEmpty() ? null : text;
        }
        return null;
    }

    private static LocalDate date(JsonNode node, String field, String name, long line, List<LineError> problems) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        if (DATE.matcher(value).find()) {
            try {
                return LocalDate.parse(value.substring(0, 10));
            } catch (java.time.format.DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(new LineError(line, name, "must be an ISO 8601 date such as 2020-03-27 (a date-time is cut to "
                + "its date)"));
        return null;
    }

    private static Double number(JsonNode node, String field, List<String[]> warnings) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isTextual() && !value.asText().isBlank()) {
            try {
                double parsed = Double.parseDouble(value.asText().strip().replace(',', '.'));
                return Double.isFinite(parsed) ? parsed : null;
            } catch (NumberFormatException e) {
                warnings.add(new String[] {"reviewRating." + field, "is not a number ('" + value.asText()
                        + "'): ignored"});
            }
        }
        return null;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
