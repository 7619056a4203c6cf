package io.verbatim.reviews;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.curation.ETags;
import io.verbatim.curation.JsonBodies;
import io.verbatim.problem.ProblemException;
import io.verbatim.problem.ProblemType;
import io.verbatim.view.ReviewView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Review writes: the quote check looks for the reviewed statement first, on its own connection, then
 * {@link ReviewStore} writes in one transaction. Nothing here runs inside a transaction.
 */
@ApplicationScoped
public class ReviewService {

    private final ReviewStore store;
    private final ReviewLinker linker;
    private final JsonBodies bodies;

    public ReviewService(ReviewStore store, ReviewLinker linker, JsonBodies bodies) {
        this.store = store;
        this.linker = linker;
        this.bodies = bodies;
    }

    public ReviewView create(ReviewInput input) {
        return store.create(input, link(input));
    }

    public ReviewView replace(UUID id, String ifMatch, ReviewInput input) {
        // Checked before the quote check too, so that a stale or missing If-Match costs nothing.
        ReviewStore.Editable current = editable(id);
        ETags.requireMatch(ifMatch, current.etag(), ReviewStore.WHAT);
        return store.replace(id, ifMatch, input, link(input));
    }

    /** An RFC 7396 merge patch applied to the review as a {@link ReviewInput}, validated like a create. */
    public ReviewView patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        ReviewStore.Editable current = editable(id);
        ETags.requireMatch(ifMatch, current.etag(), ReviewStore.WHAT);
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(ProblemType.INVALID_BODY, "A merge patch must be a JSON object.", List.of());
        }
        ReviewInput input = bodies.read(JsonBodies.mergePatch(current.input(), patch), ReviewInput.class);
        return store.replace(id, ifMatch, input, link(input));
    }

    public void delete(UUID id, String ifMatch) {
        store.delete(id, ifMatch);
    }

    private ReviewStore.Editable editable(UUID id) {
        return store.editable(id).orElseThrow(() -> ProblemException.notFound("No review has the id " + id + "."));
    }

    private Optional<ReviewLinker.Link> link(ReviewInput input) {
        return input.statement() != null || Boolean.TRUE.equals(input.unlinkedByEditor()) ? Optional.empty()
                : linker.find(input.claimReviewed(), input.claimant(), input.claimDate());
    }
}
