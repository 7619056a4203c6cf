package io.verbatim.api;

import io.verbatim.curation.ETags;
import io.verbatim.view.SourceView;
import io.verbatim.view.SpeakerView;
import io.verbatim.view.TopicView;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * ETags on single speakers, topics and sources, whatever route serves them: a GET answers {@code If-None-Match}
 * with 304, and a write answers with the new tag to send as the next {@code If-Match}. (Statements set theirs in
 * their resources.)
 */
public class ETagFilter {

    @ServerResponseFilter
    public void etag(ContainerRequestContext request, ContainerResponseContext response) {
        String etag = etagOf(response.getEntity());
        if (etag == null || response.getStatus() >= 300) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        if (request.getMethod().equals("GET")
                && ETags.listed(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static String etagOf(Object entity) {
        if (entity instanceof SpeakerView speaker) {
            return ETags.of(speaker.id(), speaker.version());
        }
        if (entity instanceof TopicView topic) {
            return ETags.of(topic.id(), topic.version());
        }
        if (entity instanceof SourceView source) {
            return ETags.of(source.id(), source.version());
        }
        return null;
    }
}
