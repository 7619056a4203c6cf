package io.verbatim.view;

import io.verbatim.domain.FieldLengths;
import io.verbatim.domain.SpeakerRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A role a speaker held over a period. */
@Schema(name = "Role", description = "A position held over a period; open-ended when `to` is null.",
        requiredProperties = {"title", "organization", "party", "jurisdiction", "from", "to"})
public record RoleView(
        @Schema(example = "U.S. Senator", maxLength = FieldLengths.ROLE_TITLE) String title,
        @Schema(example = "United States Senate", nullable = true, maxLength = FieldLengths.ROLE_ORGANIZATION)
        String organization,
        @Schema(example = "Democratic", nullable = true, maxLength = FieldLengths.ROLE_PARTY) String party,
        @Schema(example = "New Hampshire", nullable = true, maxLength = FieldLengths.ROLE_JURISDICTION)
        String jurisdiction,
        @Schema(example = "2009-01-03", nullable = true) LocalDate from,
        @Schema(nullable = true) LocalDate to) {

    public static RoleView of(SpeakerRole role) {
        return new RoleView(role.title, role.organization, role.party, role.jurisdiction, role.from, role.to);
    }
}
