package io.verbatim.search;

import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Statement searches through HTTP, one page or every page by cursor. */
final class SearchPages {

    private SearchPages() {
    }

    /** One page of GET /api/v1/statements, from {@code cursor} when given; fails unless it answers 200. */
    static JsonPath page(Map<String, ?> parameters, String cursor) {
        var request = given().queryParams(parameters);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.when().get("/api/v1/statements").then().statusCode(200).extract().jsonPath();
    }

    /** The texts of every item, following the cursors (50 pages at most, so that a cursor loop fails the test). */
    static List<String> allTexts(Map<String, ?> parameters) {
        return allTexts(parameters, () -> {
        });
    }

    /** Like {@link #allTexts(Map)}, running {@code afterFirstPage} once the first page is read, to change the data. */
    static List<String> allTexts(Map<String, ?> parameters, Runnable afterFirstPage) {
        List<String> texts = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = page(parameters, cursor);
            texts.addAll(page.getList("items.text"));
            cursor = page.getString("nextCursor");
            if (pages == 0) {
                afterFirstPage.run();
            }
        } while (cursor != null && ++pages < 50);
        return texts;
    }
}
