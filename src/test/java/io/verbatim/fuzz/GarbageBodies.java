package io.verbatim.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Bodies that are not what any operation takes: broken, empty, huge numbers, deep nesting, bad encodings. */
final class GarbageBodies {

    record Garbage(String name, byte[] bytes) {
    }

    static final List<Garbage> ALL = List.of(
            text("empty", ""),
            text("truncated", "{\"text\": \"abc"),
            text("null", "null"),
            text("array", "[1, 2, 3]"),
            text("string", "\"just a string\""),
            text("number", "42"),
            text("huge-number", "{\"text\": 1e999999999}"),
            text("trailing-garbage", "{} trailing"),
            text("duplicate-keys", "{\"text\": \"a\", \"text\": \"b\"}"),
            text("comment", "/* hi */ {}"),
            text("single-quotes", "{'text': 'x'}"),
            text("deep-nesting", "[".repeat(5000) + "]".repeat(5000)),
            text("deep-objects", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)),
            text("nul-char", "{\"text\": \"a\\u0000b\"}"),
            text("lone-surrogate-escape", "{\"text\": \"\\ud800\"}"),
            text("xml", "<?xml version=\"1.0\"?><statement/>"),
            text("form", "text=hello&speaker=x"),
            text("csv-in-json", "text,speaker\nhello,x"),
            new Garbage("invalid-utf8", new byte[]{'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}),
            new Garbage("binary", new byte[]{0, 1, 2, (byte) 0xFF, (byte) 0xFE, 0x7F}),
            new Garbage("bom", new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}));

    private GarbageBodies() {
    }

    private static Garbage text(String name, String body) {
        return new Garbage(name, body.getBytes(StandardCharsets.UTF_8));
    }
}
