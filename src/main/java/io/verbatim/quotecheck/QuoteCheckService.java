package io.verbatim.quotecheck;

import io.verbatim.domain.Speaker;
import io.verbatim.domain.SpeakerRepository;
import io.verbatim.domain.StatementStatus;
import io.verbatim.problem.ProblemException;
import io.verbatim.quotecheck.QuoteCheckResult.Difference;
import io.verbatim.quotecheck.QuoteCheckResult.Match;
import io.verbatim.quotecheck.QuoteCheckResult.MatchKind;
import io.verbatim.quotecheck.QuoteCheckResult.Verdict;
import io.verbatim.search.SpeakerSearch;
import io.verbatim.view.CitationView;
import io.verbatim.view.SpeakerRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a claimed quote against the record: PostgreSQL finds the few candidates, then each is aligned word by word
 * with the claim here, and the verdict weighs who is claimed to have said it.
 */
@ApplicationScoped
public class QuoteCheckService {

    /** How close a fuzzy name lookup must be to count as the claimed speaker. */
    static final float SPEAKER_MATCH = 0.45f;
    /** A NEAR match keeps at least this share of the claim's words in place. */
    static final double NEAR_SIMILARITY = 0.6;
    /** A PARAPHRASE shares at least this share of the claim's stemmed words. */
    static final double PARAPHRASE_OVERLAP = 0.5;

    private final QuoteCandidates candidates;
    private final SpeakerRepository speakers;
    private final SpeakerSearch speakerSearch;

    public QuoteCheckService(QuoteCandidates candidates, SpeakerRepository speakers, SpeakerSearch speakerSearch) {
        this.candidates = candidates;
        this.speakers = speakers;
        this.speakerSearch = speakerSearch;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QuoteCheckResult check(QuoteCheckRequest request) {
        QuoteText claim = QuoteText.of(request.text());
        if (claim.size() == 0) {
            throw ProblemException.invalidBodyField("text", "must contain at least one word");
        }
        boolean speakerClaimed = request.speaker() != null && !request.speaker().isBlank();
        Optional<Speaker> claimed = speakerClaimed ? resolve(request.speaker().strip()) : Optional.empty();
        UUID claimedId = claimed.map(speaker -> speaker.id).orElse(null);

        List<Match> matches = candidates.find(request.text(), claim.joined(), allowedEdits(claim.size()), claimedId)
                .stream()
                .map(candidate -> classify(claim, candidate))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((Match match) -> match.match().ordinal())
                        .thenComparing(Match::similarity, Comparator.reverseOrder())
                        .thenComparing(match -> !isBy(match, claimedId, speakerClaimed))
                        .thenComparing(match -> match.statement().status() != StatementStatus.PUBLISHED)
                        .thenComparing(match -> !Objects.equals(match.statement().saidOn(), request.saidOn())))
                .toList();
        return verdict(matches, claimed.map(SpeakerRef::of).orElse(null), claimedId, speakerClaimed);
    }

    private static QuoteCheckResult verdict(List<Match> matches, SpeakerRef claimedSpeaker, UUID claimedId,
                                            boolean speakerClaimed) {
        List<Match> onRecord = matches.stream()
                .filter(match -> match.statement().status() == StatementStatus.PUBLISHED)
                .toList();
        List<Match> verifying = onRecord.stream()
                .filter(match -> isWordForWord(match) && isBy(match, claimedId, speakerClaimed))
                .toList();
        if (!verifying.isEmpty()) {
            return new QuoteCheckResult(Verdict.VERIFIED, claimedSpeaker, null, null, firstPublished(verifying),
                    matches);
        }
        if (onRecord.stream().anyMatch(match -> match.match() == MatchKind.NEAR && isBy(match, claimedId, speakerClaimed))) {
            return new QuoteCheckResult(Verdict.ALTERED, claimedSpeaker, null, null, null, matches);
        }
        // A spokesperson's words claimed as the principal's are not a misattribution: they were said for them.
        Optional<Match> forClaimed = onRecord.stream()
                .filter(match -> match.match() != MatchKind.PARAPHRASE && claimedId != null
                        && match.statement().onBehalfOf() != null
                        && claimedId.equals(match.statement().onBehalfOf().id()))
                .findFirst();
        if (forClaimed.isPresent()) {
            return new QuoteCheckResult(Verdict.SAID_ON_BEHALF, claimedSpeaker, forClaimed.get().statement().speaker(),
                    forClaimed.get().statement().onBehalfOf(), null, matches);
        }
        Optional<Match> someoneElse = onRecord.stream()
                .filter(match -> match.match() != MatchKind.PARAPHRASE && !isBy(match, claimedId, speakerClaimed))
                .findFirst();
        if (speakerClaimed && someoneElse.isPresent()) {
            return new QuoteCheckResult(Verdict.MISATTRIBUTED, claimedSpeaker, someoneElse.get().statement().speaker(),
                    null, null, matches);
        }
        return new QuoteCheckResult(Verdict.NOT_FOUND, claimedSpeaker, null, null, null, matches);
    }

    /** The earliest source of the verifying statements: by publication date, undated sources last. */
    private static CitationView firstPublished(List<Match> verifying) {
        return verifying.stream()
                .flatMap(match -> match.statement().sources().stream())
                .min(Comparator.comparing(CitationView::publishedOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .orElse(null);
    }

    private static boolean isWordForWord(Match match) {
        return match.match() == MatchKind.EXACT || match.match() == MatchKind.EXCERPT;
    }

    private static boolean isBy(Match match, UUID claimedId, boolean speakerClaimed) {
        return !speakerClaimed || claimedId != null && claimedId.equals(match.statement().speaker().id());
    }

    /** How the recorded statement relates to the claim, if closely enough to report. */
    private static Optional<Match> classify(QuoteText claim, QuoteCandidates.Candidate candidate) {
        QuoteText recorded = QuoteText.of(candidate.statement().text());
        if (recorded.size() == 0) {
            return Optional.empty();
        }
        Alignment alignment = Alignment.of(claim, recorded);
        int stretch = alignment.end() - alignment.start();
        double similarity = 1.0 - (double) alignment.edits() / Math.max(claim.size(), stretch);
        Integer start = stretch > 0 ? recorded.spans().get(alignment.start())[0] : null;
        Integer end = stretch > 0 ? recorded.spans().get(alignment.end() - 1)[1] : null;
        if (alignment.edits() == 0) {
            boolean whole = alignment.start() == 0 && alignment.end() == recorded.size();
            return Optional.of(whole
                    ? new Match(candidate.statement(), 1.0, MatchKind.EXACT, null, null, List.of())
                    : new Match(candidate.statement(), 1.0, MatchKind.EXCERPT, start, end, List.of()));
        }
        if (alignment.edits() <= allowedEdits(claim.size()) && similarity >= NEAR_SIMILARITY) {
            List<Difference> differences = alignment.differences().stream()
                    .map(difference -> new Difference(difference.op(), difference.claimed(), difference.recorded()))
                    .toList();
            return Optional.of(new Match(candidate.statement(), round(similarity), MatchKind.NEAR, start, end,
                    differences));
        }
        if (candidate.wordOverlap() >= PARAPHRASE_OVERLAP) {
            return Optional.of(new Match(candidate.statement(), round(candidate.wordOverlap()), MatchKind.PARAPHRASE,
                    null, null, List.of()));
        }
        return Optional.empty();
    }

    /**
     * Where a claim lies in a recorded text when it is a cut of it, word for word or with a few words changed (as an
     * EXCERPT or NEAR match would place it): {@code [start, end)} in characters; empty when the claim is the whole
     * text or too far from any stretch of it.
     */
    public static Optional<int[]> span(String claimText, String recordedText) {
        QuoteText claim = QuoteText.of(claimText);
        QuoteText recorded = QuoteText.of(recordedText);
        if (claim.size() == 0 || recorded.size() == 0) {
            return Optional.empty();
        }
        Alignment alignment = Alignment.of(claim, recorded);
        int stretch = alignment.end() - alignment.start();
        double similarity = 1.0 - (double) alignment.edits() / Math.max(claim.size(), stretch);
        boolean whole = alignment.start() == 0 && alignment.end() == recorded.size();
        if (stretch == 0 || whole || alignment.edits() > allowedEdits(claim.size()) || similarity < NEAR_SIMILARITY) {
            return Optional.empty();
        }
        return Optional.of(new int[] {recorded.spans().get(alignment.start())[0],
                recorded.spans().get(alignment.end() - 1)[1]});
    }

    /** The most words a NEAR match may change: three, or a quarter of a longer claim. */
    static int allowedEdits(int claimWords) {
        return Math.max(3, (int) Math.ceil(claimWords * 0.25));
    }

    private Optional<Speaker> resolve(String claimed) {
        Optional<Speaker> exact = speakers.findByIdOrSlug(claimed).or(() -> speakers.findByAlias(claimed));
        if (exact.isPresent()) {
            return exact;
        }
        return speakerSearch.find(claimed, null, null, 1).stream()
                .filter(match -> match.score() >= SPEAKER_MATCH)
                .findFirst()
                .flatMap(match -> speakers.findByIdOptional(match.id()));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
