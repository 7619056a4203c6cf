package io.verbatim.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/** A request for the slug of a speaker merged into another: answered with a 301 to the survivor's URL. */
public class SpeakerMoved extends RuntimeException {

    private final transient URI location;

    public SpeakerMoved(URI location) {
        super(null, null, false, false);
        this.location = location;
    }

    /** The same request with the old slug (the path segment after /speakers/) replaced by the new one. */
    static SpeakerMoved to(String newSlug, UriInfo uri) {
        var segments = uri.getPathSegments();
        var builder = uri.getBaseUriBuilder().path("api/v1/speakers").path(newSlug);
        for (int i = 4; i < segments.size(); i++) {
            builder.path(segments.get(i).getPath());
        }
        uri.getQueryParameters().forEach((name, values) -> builder.queryParam(name, values.toArray()));
        return new SpeakerMoved(builder.build());
    }

    /** Maps the exception to its 301. */
    public static class Mapper {
        @ServerExceptionMapper
        public Response moved(SpeakerMoved moved) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(moved.location).build();
        }
    }
}
