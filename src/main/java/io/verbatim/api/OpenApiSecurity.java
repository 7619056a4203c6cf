package io.verbatim.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** Declares the two equivalent ways of sending an API key, for the routes that need one. */
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = CurationDocs.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "An API key as a bearer token: `Authorization: Bearer vbk_...`. Keys have the role "
                        + "`editor` (writes, import) or `admin` (also manages keys); each route lists the role it "
                        + "needs, and an admin key may do whatever an editor key may."),
        @SecurityScheme(securitySchemeName = CurationDocs.API_KEY, type = SecuritySchemeType.APIKEY,
                apiKeyName = "X-API-Key", in = SecuritySchemeIn.HEADER,
                description = "The same API key in the `X-API-Key` header.")
})
public class OpenApiSecurity extends Application {
}
