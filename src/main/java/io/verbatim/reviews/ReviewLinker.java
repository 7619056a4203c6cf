package io.verbatim.reviews;

import io.verbatim.domain.ReviewMatch;
import io.verbatim.domain.StatementStatus;
import io.verbatim.quotecheck.QuoteCheckRequest;
import io.verbatim.quotecheck.QuoteCheckResult;
import io.verbatim.quotecheck.QuoteCheckService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the statement a fact-checked claim reviews, through the quote check: the best EXACT, EXCERPT or NEAR match
 * by the claimant (resolved like a quote check's claimed speaker), published. A claim with no claimant, by nobody
 * on record, or only paraphrased stays unlinked.
 * <p>
 * Called outside any transaction: the quote check's candidate lookup runs on a connection of its own, which it
 * commits itself, and must not be enlisted in a caller's transaction.
 */
@ApplicationScoped
public class ReviewLinker {

    /** Where a claim was found: the statement, how, and the claim's span in its text when it is a cut of it. */
    public record Link(UUID statement, ReviewMatch match, Integer start, Integer end) {
    }

    private final QuoteCheckService quoteCheck;

    public ReviewLinker(QuoteCheckService quoteCheck) {
        this.quoteCheck = quoteCheck;
    }

    public Optional<Link> find(String claim, String claimant, LocalDate claimDate) {
        if (claimant == null || claimant.isBlank() || claim == null || claim.isBlank()) {
            return Optional.empty();
        }
        String text = claim.length() > QuoteCheckRequest.MAX_TEXT ? claim.substring(0, QuoteCheckRequest.MAX_TEXT) : claim;
        String speaker = claimant.length() > 200 ? claimant.substring(0, 200) : claimant;
        QuoteCheckResult result;
        try {
            result = quoteCheck.check(new QuoteCheckRequest(text, speaker.strip(), claimDate));
        } catch (io.verbatim.problem.ProblemException noWords) {
            return Optional.empty();
        }
        if (result.claimedSpeaker() == null) {
            return Optional.empty();
        }
        UUID speakerId = result.claimedSpeaker().id();
        return result.matches().stream()
                .filter(match -> match.statement().status() == StatementStatus.PUBLISHED)
                .filter(match -> speakerId.equals(match.statement().speaker().id()))
                .filter(match -> match.match() != QuoteCheckResult.MatchKind.PARAPHRASE)
                .findFirst()
                .map(match -> new Link(match.statement().id(), ReviewMatch.valueOf(match.match().name()),
                        match.start(), match.end()));
    }
}
