package io.verbatim.curation;

import io.verbatim.domain.Speaker;
import io.verbatim.domain.SpeakerRepository;
import io.verbatim.domain.SpeakerRole;
import io.verbatim.domain.SpeakerSlugRedirect;
import io.verbatim.domain.Statement;
import io.verbatim.domain.StatementRepository;
import io.verbatim.problem.ProblemException;
import io.verbatim.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Merges a duplicate speaker into another: its statements (as speaker and as principal) move, its name and aliases
 * become aliases, its roles and missing details carry over, and its slug keeps answering with a 301 to the
 * survivor. Each moved statement gets a history revision; the duplicate itself is removed.
 */
@ApplicationScoped
public class SpeakerMerge {

    private final SpeakerRepository speakers;
    private final StatementRepository statements;
    private final SpeakerRedirects redirects;

    public SpeakerMerge(SpeakerRepository speakers, StatementRepository statements, SpeakerRedirects redirects) {
        this.speakers = speakers;
        this.statements = statements;
        this.redirects = redirects;
    }

    /** The survivor's id, after moving everything of {@code duplicateIdOrSlug} into {@code intoIdOrSlug}. */
    @Transactional
    public UUID merge(String duplicateIdOrSlug, String intoIdOrSlug) {
        Speaker duplicate = speakers.findByIdOrSlug(duplicateIdOrSlug)
                .orElseThrow(() -> ProblemException.notFound("No speaker has the id or slug '" + duplicateIdOrSlug
                        + "'."));
        Speaker target = speakers.findByIdOrSlug(intoIdOrSlug.strip())
                .or(() -> redirects.target(intoIdOrSlug.strip()))
                .orElseThrow(() -> ProblemException.invalidBody("into", "names no known speaker"));
        if (target == duplicate) {
            throw ProblemException.of(ProblemType.CONFLICT, "A speaker cannot be merged into itself.");
        }
        List<Statement> spoken = statements.list("speaker", duplicate);
        spoken.forEach(statement -> statement.speaker = target);
        List<Statement> onBehalf = statements.list("onBehalfOf", duplicate);
        onBehalf.forEach(statement -> statement.onBehalfOf = target);

        addAlias(target, duplicate.name);
        duplicate.aliases.forEach(alias -> addAlias(target, alias));
        for (SpeakerRole role : duplicate.roles) {
            boolean known = target.roles.stream().anyMatch(existing -> existing.title.equalsIgnoreCase(role.title)
                    && Objects.equals(existing.organization, role.organization)
                    && Objects.equals(existing.from, role.from));
            if (!known) {
                target.roles.add(new SpeakerRole(role.title, role.organization, role.party, role.jurisdiction,
                        role.from, role.to));
            }
        }
        if (target.wikidataId == null) {
            target.wikidataId = duplicate.wikidataId;
        }
        if (target.description == null) {
            target.description = duplicate.description;
        }

        SpeakerSlugRedirect.update("speakerId = ?1 where speakerId = ?2", target.id, duplicate.id);
        statements.flush();
        speakers.delete(duplicate);
        speakers.flush();
        SpeakerSlugRedirect redirect = new SpeakerSlugRedirect();
        redirect.oldSlug = duplicate.slug;
        redirect.speakerId = target.id;
        redirect.persist();
        return target.id;
    }

    private static void addAlias(Speaker target, String alias) {
        boolean known = alias.equalsIgnoreCase(target.name)
                || target.aliases.stream().anyMatch(existing -> existing.equalsIgnoreCase(alias));
        if (!known) {
            target.aliases.add(alias);
        }
    }
}
