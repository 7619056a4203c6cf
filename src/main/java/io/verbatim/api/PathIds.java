package io.verbatim.api;

import io.verbatim.domain.Ids;
import io.verbatim.problem.ProblemException;

import java.util.UUID;

/** Path ids: a malformed one is a 400 naming the parameter, never a 500. */
final class PathIds {

    private PathIds() {
    }

    static UUID uuid(String name, String raw) {
        return Ids.parse(raw).orElseThrow(() -> ProblemException.invalidParameter(name, "path",
                "must be a UUID such as 3f2c1d4e-5b6a-4789-8abc-0123456789ab"));
    }
}
