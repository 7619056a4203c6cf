package io.verbatim.reviews;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verbatim.curation.ETags;
import io.verbatim.domain.Review;
import io.verbatim.domain.ReviewMatch;
import io.verbatim.domain.ReviewRepository;
import io.verbatim.domain.Statement;
import io.verbatim.domain.StatementRepository;
import io.verbatim.domain.VerdictSource;
import io.verbatim.importing.Text;
import io.verbatim.problem.ProblemException;
import io.verbatim.problem.ProblemType;
import io.verbatim.quotecheck.QuoteCheckService;
import io.verbatim.view.ReviewView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactions of review writes. The link to a statement found by the quote check is computed before (see
 * {@link ReviewLinker}) and passed in; a statement named by the editor is checked here.
 */
@ApplicationScoped
public class ReviewStore {

    static final String WHAT = "review";

    private final ReviewRepository reviews;
    private final StatementRepository statements;
    private final VerdictLabels labels;

    public ReviewStore(ReviewRepository reviews, StatementRepository statements, VerdictLabels labels) {
        this.reviews = reviews;
        this.statements = statements;
        this.labels = labels;
    }

    public static String etag(Review review) {
        return ETags.of(review.id, review.version);
    }

    @Transactional
    public ReviewView create(ReviewInput input, Optional<ReviewLinker.Link> found) {
        reviews.findByUrl(input.url().strip()).ifPresent(other -> {
            throw new ProblemException(ProblemType.CONFLICT, "The review " + other.id + " already has the url "
                    + input.url().strip() + ": edit it (PUT or PATCH) or import the feed again.",
                    List.of(new io.verbatim.problem.Problem.FieldError("url", "body", "is already used")));
        });
        Review review = new Review();
        apply(input, found, review);
        reviews.persist(review);
        reviews.flush();
        return ReviewView.of(review);
    }

    @Transactional
    public ReviewView replace(UUID id, String ifMatch, ReviewInput input, Optional<ReviewLinker.Link> found) {
        Review review = find(id);
        ETags.requireMatch(ifMatch, etag(review), WHAT);
        String url = input.url().strip();
        if (!url.equals(review.url)) {
            reviews.findByUrl(url).ifPresent(other -> {
                throw ProblemException.invalidBody("url", "is already the url of review " + other.id);
            });
        }
        apply(input, found, review);
        reviews.flush();
        return ReviewView.of(review);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Review review = find(id);
        ETags.checkMatch(ifMatch, etag(review), WHAT);
        reviews.delete(review);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReviewView> byId(UUID id) {
        return reviews.findByIdOptional(id).map(ReviewView::of);
    }

    /** The review as schema.org ClaimReview JSON-LD, with its version; {@code statements} is the statements' URL. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<java.util.Map.Entry<java.util.Map<String, Object>, Integer>> claimReview(UUID id, String self,
                                                                                            String statements) {
        return reviews.findByIdOptional(id).map(review -> java.util.Map.entry(
                io.verbatim.view.ClaimReviewLd.of(review, self,
                        review.statement == null ? null : statements + "/" + review.statement.id),
                review.version));
    }

    /** The review as the body that would write it, with its ETag: the document a merge patch applies to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Editable> editable(UUID id) {
        return reviews.findByIdOptional(id).map(review -> new Editable(asInput(review), etag(review)));
    }

    /** A review's writable fields as JSON, and the ETag of that state. */
    public record Editable(ObjectNode input, String etag) {
    }

    /** One import item ready to write: where it came from, the review, and the link the quote check found. */
    record Prepared(FeedItem item, ReviewInput input, Optional<ReviewLinker.Link> link) {
    }

    /** What writing an import item did. */
    enum Outcome {
        LINKED, UNLINKED, UNCHANGED
    }

    /**
     * Writes import items in one transaction, by URL: new ones are created, stored ones updated when their content
     * differs. A link or verdict set by an editor on a stored review is kept.
     */
    @Transactional
    List<Outcome> importBatch(List<Prepared> batch) {
        List<Outcome> outcomes = new java.util.ArrayList<>(batch.size());
        for (Prepared prepared : batch) {
            ReviewInput input = prepared.input();
            Optional<Review> existing = reviews.findByUrl(input.url().strip());
            Review review = existing.orElseGet(Review::new);
            if (existing.isPresent()) {
                input = keepEditorChoices(review, input);
            }
            List<Object> before = existing.isPresent() ? state(review) : null;
            apply(input, prepared.link(), review);
            if (existing.isEmpty()) {
                reviews.persist(review);
            }
            outcomes.add(before != null && before.equals(state(review)) ? Outcome.UNCHANGED
                    : review.statement != null ? Outcome.LINKED : Outcome.UNLINKED);
        }
        reviews.flush();
        return outcomes;
    }

    private static ReviewInput keepEditorChoices(Review review, ReviewInput input) {
        UUID statement = review.matchKind == ReviewMatch.MANUAL && review.statement != null ? review.statement.id : null;
        io.verbatim.domain.Verdict verdict = review.verdictFrom == VerdictSource.EDITOR ? review.verdict : null;
        if (statement == null && verdict == null && !review.unlinkedByEditor) {
            return input;
        }
        return new ReviewInput(statement, review.unlinkedByEditor ? Boolean.TRUE : null, input.claimReviewed(), input.claimant(), input.claimDate(), input.url(),
                input.title(), input.publisher(), input.author(), input.datePublished(), input.language(),
                input.rating(), verdict);
    }

    private static List<Object> state(Review review) {
        return java.util.Arrays.asList(review.statement == null ? null : review.statement.id, review.matchKind,
                review.unlinkedByEditor,
                review.spanStart, review.spanEnd, review.claimReviewed, review.claimant, review.claimDate, review.url,
                review.title, review.publisherName, review.publisherSite, review.author, review.datePublished,
                review.language, review.ratingLabel, review.ratingValue, review.ratingBest, review.ratingWorst,
                review.verdict, review.verdictFrom);
    }

    private Review find(UUID id) {
        return reviews.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No review has the id " + id + "."));
    }

    /** Writes the body onto the review: the link, the claim, the fact-check and its verdict. */
    void apply(ReviewInput input, Optional<ReviewLinker.Link> found, Review review) {
        String claim = input.claimReviewed().strip();
        review.unlinkedByEditor = input.statement() == null && Boolean.TRUE.equals(input.unlinkedByEditor());
        if (input.statement() != null) {
            Statement statement = statements.findByIdOptional(input.statement()).orElseThrow(() ->
                    ProblemException.invalidBody("statement", "names no statement (" + input.statement() + ")"));
            boolean kept = review.statement != null && review.statement.id.equals(statement.id)
                    && review.matchKind != null;
            review.matchKind = kept && Objects.equals(review.claimReviewed, claim) ? review.matchKind : ReviewMatch.MANUAL;
            review.statement = statement;
            Optional<int[]> span = QuoteCheckService.span(claim, statement.text);
            review.spanStart = span.map(s -> s[0]).orElse(null);
            review.spanEnd = span.map(s -> s[1]).orElse(null);
        } else if (found.isPresent() && !review.unlinkedByEditor) {
            ReviewLinker.Link link = found.get();
            review.statement = statements.findByIdOptional(link.statement()).orElse(null);
            review.matchKind = review.statement == null ? null : link.match();
            review.spanStart = review.statement == null ? null : link.start();
            review.spanEnd = review.statement == null ? null : link.end();
        } else {
            review.statement = null;
            review.matchKind = null;
            review.spanStart = null;
            review.spanEnd = null;
        }
        review.claimReviewed = claim;
        review.claimant = Text.clean(input.claimant());
        review.claimDate = input.claimDate();
        review.url = input.url().strip();
        review.title = Text.clean(input.title());
        review.publisherName = input.publisher().name().strip();
        review.publisherSite = Text.clean(input.publisher().site());
        review.author = Text.clean(input.author());
        review.datePublished = input.datePublished();
        review.language = Text.clean(input.language());
        ReviewInput.RatingInput rating = input.rating();
        review.ratingLabel = rating == null ? null : Text.clean(rating.label());
        review.ratingValue = rating == null ? null : rating.value();
        review.ratingBest = rating == null ? null : rating.best();
        review.ratingWorst = rating == null ? null : rating.worst();
        if (input.verdict() != null) {
            review.verdict = input.verdict();
            review.verdictFrom = VerdictSource.EDITOR;
        } else {
            VerdictLabels.Mapped mapped = labels.map(review.ratingLabel, review.ratingValue, review.ratingBest,
                    review.ratingWorst);
            review.verdict = mapped.verdict();
            review.verdictFrom = mapped.source();
        }
    }

    static ObjectNode asInput(Review review) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (review.matchKind == ReviewMatch.MANUAL && review.statement != null) {
            node.put("statement", review.statement.id.toString());
        }
        if (review.unlinkedByEditor) {
            node.put("unlinkedByEditor", true);
        }
        node.put("claimReviewed", review.claimReviewed);
        putIfPresent(node, "claimant", review.claimant);
        putIfPresent(node, "claimDate", review.claimDate == null ? null : review.claimDate.toString());
        node.put("url", review.url);
        putIfPresent(node, "title", review.title);
        ObjectNode publisher = node.putObject("publisher").put("name", review.publisherName);
        putIfPresent(publisher, "site", review.publisherSite);
        putIfPresent(node, "author", review.author);
        putIfPresent(node, "datePublished", review.datePublished == null ? null : review.datePublished.toString());
        putIfPresent(node, "language", review.language);
        if (review.ratingLabel != null || review.ratingValue != null || review.ratingBest != null
                || review.ratingWorst != null) {
            ObjectNode rating = node.putObject("rating");
            putIfPresent(rating, "label", review.ratingLabel);
            if (review.ratingValue != null) {
                rating.put("value", review.ratingValue);
            }
            if (review.ratingBest != null) {
                rating.put("best", review.ratingBest);
            }
            if (review.ratingWorst != null) {
                rating.put("worst", review.ratingWorst);
            }
        }
        if (review.verdictFrom == VerdictSource.EDITOR) {
            node.put("verdict", review.verdict.name());
        }
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
