package io.verbatim.api;

import io.verbatim.domain.SpeakerRepository;
import io.verbatim.domain.StatementStatus;
import io.verbatim.importing.ExportFilter;
import io.verbatim.importing.ExportService;
import io.verbatim.problem.Problem;
import io.verbatim.problem.ProblemException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Every matching statement in the import format, streamed. */
@Path("/api/v1/export")
@Tag(name = "Import and export")
public class ExportResource {

    private final ExportService exporter;
    private final SpeakerRepository speakers;

    public ExportResource(ExportService exporter, SpeakerRepository speakers) {
        this.exporter = exporter;
        this.speakers = speakers;
    }

    @GET
    @Produces({ImportResource.NDJSON, ImportResource.CSV})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "exportStatements", summary = "Export statements in the import format",
            description = "Streams every matching statement, oldest `saidOn` first, in the import format: NDJSON "
                    + "(one ImportLine a line, lossless: importing it reproduces the data) or CSV (the flat "
                    + "columns of `POST /import`; one source a row, no roles or topic parents). Read in pages, "
                    + "never held in memory. Public, like every read.")
    @APIResponse(responseCode = "200", description = "The statements, as an attachment.",
            content = {
                    @Content(mediaType = ImportResource.NDJSON, schema = @Schema(type = SchemaType.STRING,
                            description = "One ImportLine JSON object a line."),
                            examples = @ExampleObject(name = "one-line", value = ImportResource.NDJSON_EXAMPLE)),
                    @Content(mediaType = ImportResource.CSV, schema = @Schema(type = SchemaType.STRING,
                            description = "A header row with every import column, then one statement a row."),
                            examples = @ExampleObject(name = "one-row", value = ImportResource.CSV_EXAMPLE))})
    @APIResponse(responseCode = "400", description = "A parameter is invalid; `errors` names it.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response export(
            @Parameter(description = "`ndjson` (default) or `csv`.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"ndjson", "csv"},
                            defaultValue = "ndjson"))
            @QueryParam("format") String format,
            @Parameter(description = "Only statements with this status, or `all`; default PUBLISHED.",
                    schema = @Schema(type = SchemaType.STRING,
                            enumeration = {"PUBLISHED", "PENDING_REVIEW", "RETRACTED", "all"},
                            defaultValue = "PUBLISHED"))
            @QueryParam("status") String status,
            @Parameter(description = "Only statements made by this speaker (id or slug).", example = "sergio-gor")
            @QueryParam("speaker") String speaker,
            @Parameter(description = "Only statements said on or after this date.", example = "2018-01-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Only statements said on or before this date.", example = "2018-12-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to) {
        boolean csv = format(format);
        ExportFilter filter = new ExportFilter(status(status), speaker(speaker), date("from", from), date("to", to));
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw ProblemException.invalidQuery("to", "must not be before from");
        }
        StreamingOutput body = out -> {
            if (csv) {
                exporter.writeCsv(filter, out);
            } else {
                exporter.writeNdjson(filter, out);
            }
        };
        return Response.ok(body, csv ? ImportResource.CSV + "; charset=UTF-8" : ImportResource.NDJSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"statements." + (csv ? "csv" : "ndjson") + "\"")
                .build();
    }

    private static boolean format(String raw) {
        if (raw == null || raw.isBlank() || raw.equals("ndjson")) {
            return false;
        }
        if (raw.equals("csv")) {
            return true;
        }
        throw ProblemException.invalidQuery("format", "must be ndjson or csv");
    }

    private static StatementStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return StatementStatus.PUBLISHED;
        }
        if (raw.equals("all")) {
            return null;
        }
        for (StatementStatus status : StatementStatus.values()) {
            if (status.name().equals(raw)) {
                return status;
            }
        }
        throw ProblemException.invalidQuery("status", "must be PUBLISHED, PENDING_REVIEW, RETRACTED or all");
    }

    private UUID speaker(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return speakers.findByIdOrSlug(raw.strip()).map(found -> found.id)
                .orElseThrow(() -> ProblemException.invalidQuery("speaker", "names no known speaker"));
    }

    private static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidQuery(name, "must be a date such as 2018-09-25");
        }
    }
}
