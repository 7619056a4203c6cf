package io.verbatim.api;

import io.verbatim.importing.ExportService;
import io.verbatim.search.StatementQuery;
import io.verbatim.problem.Problem;
import io.verbatim.problem.ProblemException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
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

import java.util.Set;


/** Every matching statement in the import format, streamed. */
@Path("/api/v1/export")
@Tag(name = "Import and export")
public class ExportResource {

    private final ExportService exporter;

    public ExportResource(ExportService exporter) {
        this.exporter = exporter;
    }

    @GET
    @Produces({ImportResource.NDJSON, ImportResource.CSV})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "exportStatements", summary = "Export statements in the import format",
            description = "Streams every statement matching the filters (the same as `GET /statements`: text, "
                    + "speaker, on behalf of, attributed to, topic with subtopics, outlet, kind, language, external id, dates, "
                    + "status; `status=all` for every status), oldest `saidOn` first, in the import format: NDJSON "
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
            @BeanParam StatementFilterParameters filters) {
        boolean csv = format(format);
        StatementQuery filter = filters.toQuery(null, ExportService.PAGE_SIZE, null, Set.of());
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
}
