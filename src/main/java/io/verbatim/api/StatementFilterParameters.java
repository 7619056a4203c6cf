package io.verbatim.api;

import io.verbatim.domain.FieldLengths;
import io.verbatim.domain.StatementKind;
import io.verbatim.domain.StatementStatus;
import io.verbatim.domain.Verdict;
import io.verbatim.importing.LanguageTags;
import io.verbatim.problem.ProblemException;
import io.verbatim.search.Facet;
import io.verbatim.search.SearchSort;
import io.verbatim.search.StatementQuery;
import io.verbatim.view.SchemaBounds;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The filters shared by the statement search and the export, as received; {@link #toQuery} checks them. */
public class StatementFilterParameters {

    static final int MAX_VALUES = 50;
    static final int MAX_VALUE_LENGTH = 200;
    static final int MAX_FACETS_LENGTH = 100;

    /** One value of a repeatable filter (a speaker, a topic), as the contract shows it. */
    @Schema(name = "FilterValue", type = SchemaType.STRING, maxLength = MAX_VALUE_LENGTH)
    static final class FilterValue {
    }

    /** One value of the repeatable status filter, as the contract shows it. */
    @Schema(name = "StatusFilter", type = SchemaType.STRING,
            enumeration = {"PUBLISHED", "PENDING_REVIEW", "RETRACTED", "all"})
    static final class StatusFilter {
    }

    @QueryParam("q")
    @Parameter(description = "Full text in web-search syntax: words (all must match, stemmed: `sanctions` finds "
            + "`sanctioning`), `\"exact phrase\"`, `or`, `-excluded`. Accent-insensitive. Searches the text, the "
            + "speaker's name and the context.", example = "sanctions -trade",
            schema = @Schema(type = SchemaType.STRING, maxLength = StatementQuery.MAX_TEXT_LENGTH))
    public String q;

    @QueryParam("speaker")
    @Parameter(description = "Statements by this speaker (id or slug), e.g. `jeanne-shaheen`; repeat for any of several.",
            explode = Explode.TRUE,
            schema = @Schema(type = SchemaType.ARRAY, maxItems = MAX_VALUES, implementation = FilterValue.class))
    public List<String> speaker;

    @QueryParam("onBehalfOf")
    @Parameter(description = "Statements made on behalf of this speaker (id or slug), e.g. by a spokesperson; "
            + "repeatable.", explode = Explode.TRUE,
            schema = @Schema(type = SchemaType.ARRAY, maxItems = MAX_VALUES, implementation = FilterValue.class))
    public List<String> onBehalfOf;

    @QueryParam("attributedTo")
    @Parameter(description = "Statements by this speaker or made on their behalf (id or slug), e.g. `rand-paul` finds "
            + "what Rand Paul said and what his spokesperson said for him; repeatable. Each statement's `speaker` and "
            + "`onBehalfOf` tell which.", explode = Explode.TRUE,
            schema = @Schema(type = SchemaType.ARRAY, maxItems = MAX_VALUES, implementation = FilterValue.class))
    public List<String> attributedTo;

    @QueryParam("topic")
    @Parameter(description = "Statements about this topic (slug) or any topic below it, e.g. `foreign-policy`; repeatable.",
            explode = Explode.TRUE,
            schema = @Schema(type = SchemaType.ARRAY, maxItems = MAX_VALUES, implementation = FilterValue.class))
    public List<String> topic;

    @QueryParam("outlet")
    @Parameter(description = "Statements carried by a source of this outlet (case- and accent-insensitive).",
            example = "The Daily Beast", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_VALUE_LENGTH))
    public String outlet;

    @QueryParam("kind")
    @Parameter(description = "How the statement is rendered.", schema = @Schema(implementation = StatementKind.class))
    public String kind;

    @QueryParam("language")
    @Parameter(description = "BCP 47 language tag of the statement.", example = "en",
            schema = @Schema(type = SchemaType.STRING, pattern = LanguageTags.PATTERN, maxLength = FieldLengths.LANGUAGE))
    public String language;

    @QueryParam("externalId")
    @Parameter(description = "The statement with this client id.", example = "verbatim-sample-gor-2018-09-25",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_VALUE_LENGTH))
    public String externalId;

    @QueryParam("from")
    @Parameter(description = "Said on or after this date (ISO 8601, inclusive).", example = "2018-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = SchemaBounds.ISO_DATE))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Said on or before this date (ISO 8601, inclusive).", example = "2018-12-31",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = SchemaBounds.ISO_DATE))
    public String to;

    @QueryParam("status")
    @Parameter(description = "Statuses to include: `PUBLISHED`, `PENDING_REVIEW`, `RETRACTED`, or `all` for every "
            + "status; repeatable. Default PUBLISHED only: retracted and pending statements appear only when asked "
            + "for.", explode = Explode.TRUE,
            schema = @Schema(type = SchemaType.ARRAY, implementation = StatusFilter.class, maxItems = 4))
    public List<String> status;

    @QueryParam("verdict")
    @Parameter(description = "Statements with a fact-check of this verdict; repeat for any of several.",
            explode = Explode.TRUE,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewListParameters.VerdictFilter.class, maxItems = 7))
    public List<String> verdict;

    @QueryParam("reviewed")
    @Parameter(description = "`true`: only statements with at least one fact-check; `false`: only those without.",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String reviewed;

    /** The checked filters, with the paging and sort of the caller; a 400 problem names any bad value. */
    StatementQuery toQuery(String sort, int limit, String cursor, Set<Facet> facets) {
        String text = text();
        return new StatementQuery(text, values("speaker", speaker), values("onBehalfOf", onBehalfOf),
                values("attributedTo", attributedTo), values("topic", topic), bounded("outlet", outlet), kind(), language(),
                bounded("externalId", externalId), date("from", from), dateTo(), statuses(), verdicts(), reviewed(),
                sort(text, sort), limit, cursor, facets);
    }

    String text() {
        String text = optional(q);
        if (text != null && text.length() > StatementQuery.MAX_TEXT_LENGTH) {
            throw ProblemException.invalidQuery("q", "must be at most " + StatementQuery.MAX_TEXT_LENGTH + " characters");
        }
        return text;
    }

    private static SearchSort sort(String text, String sort) {
        String value = optional(sort);
        if (value == null) {
            return text == null ? SearchSort.NEWEST : SearchSort.RELEVANCE;
        }
        SearchSort order = Arrays.stream(SearchSort.values())
                .filter(candidate -> candidate.parameterValue().equals(value.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalidQuery("sort", "must be one of relevance, newest, oldest"));
        if (order == SearchSort.RELEVANCE && text == null) {
            throw ProblemException.invalidQuery("sort", "can be relevance only together with q");
        }
        return order;
    }

    private StatementKind kind() {
        String value = optional(kind);
        return value == null ? null : enumValue("kind", value, StatementKind.class);
    }

    private String language() {
        String value = optional(language);
        if (value != null && (value.length() > FieldLengths.LANGUAGE || !value.matches(LanguageTags.PATTERN))) {
            throw ProblemException.invalidQuery("language", "must be a BCP 47 language tag such as en or pt-BR");
        }
        return value;
    }

    private LocalDate dateTo() {
        return dateTo(from, to);
    }

    /** The {@code to} date of a from/to pair, checked not to be before {@code from}. */
    static LocalDate dateTo(String from, String to) {
        LocalDate end = date("to", to);
        LocalDate start = date("from", from);
        if (start != null && end != null && end.isBefore(start)) {
            throw ProblemException.invalidQuery("to", "must not be before from");
        }
        return end;
    }

    private Set<StatementStatus> statuses() {
        List<String> values = values("status", status);
        if (values.isEmpty()) {
            return EnumSet.of(StatementStatus.PUBLISHED);
        }
        if (values.contains("all")) {
            return EnumSet.allOf(StatementStatus.class);
        }
        return values.stream().map(value -> enumValue("status", value, StatementStatus.class))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StatementStatus.class)));
    }

    private Set<Verdict> verdicts() {
        return verdicts(verdict);
    }

    /** The repeatable {@code verdict} filter of statements and reviews. */
    static Set<Verdict> verdicts(List<String> verdict) {
        List<String> values = values("verdict", verdict);
        if (values.size() > Verdict.values().length) {
            throw ProblemException.invalidQuery("verdict", "may be given at most " + Verdict.values().length + " times");
        }
        return values.stream().map(value -> enumValue("verdict", value.toUpperCase(Locale.ROOT), Verdict.class))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Verdict.class)));
    }

    private Boolean reviewed() {
        return bool("reviewed", reviewed);
    }

    /** An optional true|false parameter: null when absent. */
    static Boolean bool(String parameter, String raw) {
        String value = optional(raw);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalidQuery(parameter, "must be true or false");
        };
    }

    static Set<Facet> facets(String facets) {
        String value = optional(facets);
        if (value == null) {
            return Set.of();
        }
        if (value.length() > MAX_FACETS_LENGTH) {
            throw ProblemException.invalidQuery("facets", "must be at most " + MAX_FACETS_LENGTH + " characters");
        }
        Set<Facet> chosen = new LinkedHashSet<>();
        for (String name : value.split(",")) {
            String clean = name.strip().toLowerCase(Locale.ROOT);
            chosen.add(Arrays.stream(Facet.values()).filter(facet -> facet.parameterValue().equals(clean)).findFirst()
                    .orElseThrow(() -> ProblemException.invalidQuery("facets",
                            "may only list speaker, topic, outlet, year, kind and verdict, not '" + truncate(name) + "'")));
        }
        return chosen;
    }

    static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.invalidQuery(parameter, "must be one of " + allowed);
        }
    }

    static LocalDate date(String parameter, String value) {
        String clean = optional(value);
        if (clean == null) {
            return null;
        }
        try {
            return LocalDate.parse(clean);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidQuery(parameter, "must be a date such as 2018-09-25");
        }
    }

    private static List<String> values(String parameter, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        List<String> values = raw.stream().map(StatementSearchParameters::optional)
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (values.size() > MAX_VALUES) {
            throw ProblemException.invalidQuery(parameter, "may be given at most " + MAX_VALUES + " times");
        }
        values.forEach(value -> bounded(parameter, value));
        return values;
    }

    static String bounded(String parameter, String value) {
        String clean = optional(value);
        if (clean != null && clean.length() > MAX_VALUE_LENGTH) {
            throw ProblemException.invalidQuery(parameter, "must be at most " + MAX_VALUE_LENGTH + " characters");
        }
        return clean;
    }

    static String optional(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }

    static String truncate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
