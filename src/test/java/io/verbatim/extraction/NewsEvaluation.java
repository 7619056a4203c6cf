package io.verbatim.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores the extractor against annotated passages of published news ({@code extraction/news.ndjson}) and against the
 * 48 hand-written passages ({@code extraction/evaluation.ndjson}).
 *
 * <p>A found statement matches the annotated statement whose words it shares most (Dice coefficient of word sets at
 * least {@link #MATCH}). It is right when the speaker is right: the same surname (or one name containing the other)
 * for a named speaker; for an unnamed one ("a spokesman", "he" with no name in the passage) no person's name, i.e. an
 * organisation, a description or nothing. A found statement matching nothing is wrong. Precision = right / found;
 * recall = annotated statements with a named person speaker found with that speaker / all of them; on-behalf-of =
 * of the annotated statements found with the right speaker, those whose principal is also right (both absent, or
 * the same name).
 */
final class NewsEvaluation {

    static final double MATCH = 0.5;
    /** Share of an annotated statement's words inside a found one for the found one to cover it as well. */
    static final double JOINED = 0.9;

    record Gold(String speaker, String onBehalfOf, String kind, String pattern, String text, String descriptor,
                boolean organisation) {
        boolean named() {
            return speaker != null && !organisation;
        }
    }

    /** One passage; {@code added} says when it joined the set ("round 8 batch 1, …"), empty for the first 85. */
    record Passage(String id, String split, String url, String text, List<Gold> statements, String added) {
        Passage(String id, String split, String url, String text, List<Gold> statements) {
            this(id, split, url, text, statements, "");
        }
    }

    /** Counters for one group (a half, a kind, a pattern). */
    static final class Score {
        int found;
        int right;
        int gold;
        int goldHit;
        int named;
        int namedHit;
        int principalChecked;
        int principalRight;
        int principalGold;
        int principalGoldHit;

        double precision() {
            return found == 0 ? 1.0 : right / (double) found;
        }

        double recall() {
            return named == 0 ? 1.0 : namedHit / (double) named;
        }

        double onBehalfOf() {
            return principalChecked == 0 ? 1.0 : principalRight / (double) principalChecked;
        }

        String line() {
            return String.format(Locale.ROOT, "precision %.3f (%d/%d)  recall-named %.3f (%d/%d)  found-right %d/%d"
                            + "  on-behalf-of %.3f (%d/%d; principals named in gold %d/%d)", precision(), right, found,
                    recall(), namedHit, named, goldHit, gold, onBehalfOf(), principalRight, principalChecked,
                    principalGoldHit, principalGold);
        }
    }

    /** Figures for a set of passages: overall, per kind and per pattern; plus the misses for reading. */
    record Report(Score all, Map<String, Score> perKind, Map<String, Score> perPattern, List<String> misses) {
        String render(String title) {
            StringBuilder out = new StringBuilder(title).append(": ").append(all.line()).append('\n');
            perKind.forEach((k, s) -> out.append(String.format(Locale.ROOT, "  kind    %-22s found-right %3d/%-3d"
                    + "  recall-named %d/%d  wrong found %d%n", k, s.goldHit, s.gold, s.namedHit, s.named,
                    s.found - s.right)));
            perPattern.forEach((k, s) -> out.append(String.format(Locale.ROOT, "  pattern %-22s found-right %3d/%-3d"
                    + "  recall-named %d/%d  wrong found %d%n", k, s.goldHit, s.gold, s.namedHit, s.named,
                    s.found - s.right)));
            return out.toString();
        }
    }

    /** Passage ids whose extraction is printed in full: -Dnews.debug=n001,n002 while tuning on dev. */
    private static final Set<String> DEBUG = Set.of(System.getProperty("news.debug", "").split(","));

    private NewsEvaluation() {
    }

    static List<Passage> news() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Passage> passages = new ArrayList<>();
        for (String line : lines("/extraction/news.ndjson")) {
            JsonNode node = json.readTree(line);
            List<Gold> gold = new ArrayList<>();
            node.get("statements").forEach(s -> gold.add(new Gold(text(s, "speaker"), text(s, "onBehalfOf"),
                    s.get("kind").asText(), s.get("pattern").asText(), s.get("text").asText(), text(s, "descriptor"),
                    s.path("organisation").asBoolean(false))));
            passages.add(new Passage(node.get("id").asText(), node.get("split").asText(), node.get("url").asText(),
                    node.get("text").asText(), gold, node.path("added").asText("")));
        }
        return passages;
    }

    /** The 48 hand-written passages in the same shape: every expected pair a named DIRECT-or-PARTIAL statement. */
    static List<Passage> handWritten() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Passage> passages = new ArrayList<>();
        for (String line : lines("/extraction/evaluation.ndjson")) {
            JsonNode node = json.readTree(line);
            List<Gold> gold = new ArrayList<>();
            String pattern = node.get("pattern").asText();
            node.get("expected").forEach(e -> gold.add(new Gold(e.get("speaker").asText(), null, "ANY", pattern,
                    e.get("quote").asText(), null, false)));
            passages.add(new Passage(node.get("id").asText(), "old", "", node.get("text").asText(), gold));
        }
        return passages;
    }

    private static List<String> lines(String resource) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                NewsEvaluation.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static Set<String> words(String s) {
        String normal = s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return normal.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(normal.split(" ")));
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    static double contained(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        return part.stream().filter(whole::contains).count() / (double) part.size();
    }

    private static String normal(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String last(String s) {
        String n = normal(s);
        return n.substring(n.lastIndexOf(' ') + 1);
    }

    static boolean sameName(String gold, String found) {
        if (gold == null || found == null || normal(found).isEmpty()) {
            return false;
        }
        String g = normal(gold);
        String f = normal(found);
        return last(gold).equals(last(found)) || (" " + f + " ").contains(" " + g + " ")
                || (" " + g + " ").contains(" " + f + " ");
    }

    /** Whether the found speaker is right for this annotated statement. */
    static boolean rightSpeaker(Gold gold, Extracted.Found found) {
        if (gold.speaker() != null) {
            return sameName(gold.speaker(), found.speakerName());
        }
        // unnamed: an organisation, or a description, never a person's name
        if (found.organisation() || found.speakerName() == null || found.speakerName().isBlank()) {
            return true;
        }
        String name = normal(found.speakerName());
        return name.startsWith("a ") || name.startsWith("an ") || name.startsWith("the ")
                || (gold.descriptor() != null && (" " + normal(gold.descriptor()) + " ").contains(" " + name + " "));
    }

    static boolean rightPrincipal(Gold gold, Extracted.Found found) {
        if (gold.onBehalfOf() == null) {
            return found.onBehalfOf() == null;
        }
        return sameName(gold.onBehalfOf(), found.onBehalfOf())
                || (found.organisation() && sameName(gold.onBehalfOf(), found.speakerName()));
    }

    static Report evaluate(List<Passage> passages, Function<String, Extracted> extractor) {
        Score all = new Score();
        Map<String, Score> perKind = new TreeMap<>();
        Map<String, Score> perPattern = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Passage passage : passages) {
            Extracted extracted = extractor.apply(passage.text());
            if (DEBUG.contains(passage.id())) {
                extracted.statements().forEach(f -> System.out.printf(Locale.ROOT, "DEBUG %s [%s|%s|org=%s] %s \"%s\" %s%n",
                        passage.id(), f.speakerName(), f.descriptor(), f.organisation(), f.kind(), f.text(),
                        f.explain()));
                extracted.unattributed().forEach(u -> System.out.println("DEBUG " + passage.id() + " UNATTRIBUTED "
                        + u.text()));
            }
            List<Gold> gold = passage.statements();
            boolean[] hit = new boolean[gold.size()];
            boolean[] principal = new boolean[gold.size()];
            List<Set<String>> goldWords = gold.stream().map(g -> words(g.text())).toList();
            for (Extracted.Found found : extracted.statements()) {
                Set<String> w = words(found.text());
                int best = -1;
                double bestScore = 0;
                for (int i = 0; i < gold.size(); i++) {
                    double d = dice(w, goldWords.get(i));
                    // among equally close annotations prefer one this speaker is right for
                    if (d > bestScore || (d == bestScore && d > 0 && best >= 0
                            && rightSpeaker(gold.get(i), found) && !rightSpeaker(gold.get(best), found))) {
                        bestScore = d;
                        best = i;
                    }
                }
                if (best < 0 || bestScore < MATCH) {
                    // a quote joined across several annotated paragraphs is close to none of them alone: it is
                    // scored by the parts it holds when they make up most of it
                    Set<String> held = new java.util.HashSet<>();
                    int largest = -1;
                    for (int i = 0; i < gold.size(); i++) {
                        if (contained(goldWords.get(i), w) >= JOINED) {
                            held.addAll(goldWords.get(i));
                            if (largest < 0 || goldWords.get(i).size() > goldWords.get(largest).size()) {
                                largest = i;
                            }
                        }
                    }
                    if (largest >= 0 && contained(w, held) >= MATCH) {
                        best = largest;
                        bestScore = MATCH;
                    }
                }
                boolean right = best >= 0 && bestScore >= MATCH && rightSpeaker(gold.get(best), found);
                List<Score> scores = new ArrayList<>(List.of(all));
                if (best >= 0 && bestScore >= MATCH) {
                    scores.add(perKind.computeIfAbsent(gold.get(best).kind(), k -> new Score()));
                    scores.add(perPattern.computeIfAbsent(gold.get(best).pattern(), k -> new Score()));
                } else {
                    scores.add(perKind.computeIfAbsent(found.kind() + " (unmatched)", k -> new Score()));
                }
                for (Score s : scores) {
                    s.found++;
                    if (right) {
                        s.right++;
                    }
                }
                if (right) {
                    hit[best] = true;
                    principal[best] |= rightPrincipal(gold.get(best), found);
                    // a quote the extractor joined with its continuation ("A," she said. "B.") counts for both parts
                    for (int i = 0; i < gold.size(); i++) {
                        if (i != best && !hit[i] && contained(goldWords.get(i), w) >= JOINED
                                && rightSpeaker(gold.get(i), found)) {
                            hit[i] = true;
                            principal[i] |= rightPrincipal(gold.get(i), found);
                        }
                    }
                } else {
                    misses.add(String.format(Locale.ROOT, "WRONG %s: [%s] \"%s\" (%s; behalf %s)%s", passage.id(),
                            found.speakerName(), shorten(found.text()), found.kind(), found.onBehalfOf(),
                            best >= 0 && bestScore >= MATCH ? " — annotated speaker " + gold.get(best).speaker()
                                    + " / " + gold.get(best).descriptor() : " — not an annotated statement"));
                }
            }
            // a quote or reported clause left unattributed with the words describing its speaker ("a spokesperson")
            // is right for an unnamed annotated statement; it is no attribution, so it is outside precision
            for (Extracted.Span span : extracted.unattributed()) {
                if (span.descriptor() == null) {
                    continue;
                }
                Set<String> w = words(span.text());
                for (int i = 0; i < gold.size(); i++) {
                    if (!hit[i] && gold.get(i).speaker() == null && !gold.get(i).organisation()
                            && dice(w, goldWords.get(i)) >= MATCH) {
                        hit[i] = true;
                        principal[i] = gold.get(i).onBehalfOf() == null ? span.onBehalfOf() == null
                                : sameName(gold.get(i).onBehalfOf(), span.onBehalfOf());
                        break;
                    }
                }
            }
            for (int i = 0; i < gold.size(); i++) {
                Gold g = gold.get(i);
                for (Score s : List.of(all, perKind.computeIfAbsent(g.kind(), k -> new Score()),
                        perPattern.computeIfAbsent(g.pattern(), k -> new Score()))) {
                    s.gold++;
                    if (hit[i]) {
                        s.goldHit++;
                    }
                    if (g.named()) {
                        s.named++;
                        if (hit[i]) {
                            s.namedHit++;
                        }
                    }
                    if (hit[i]) {
                        s.principalChecked++;
                        if (principal[i]) {
                            s.principalRight++;
                        }
                    }
                    if (g.onBehalfOf() != null) {
                        s.principalGold++;
                        if (hit[i] && principal[i]) {
                            s.principalGoldHit++;
                        }
                    }
                }
                if (!hit[i]) {
                    misses.add(String.format(Locale.ROOT, "MISSED %s %s/%s: [%s] \"%s\"", passage.id(), g.kind(),
                            g.pattern(), g.speaker() == null ? g.descriptor() : g.speaker(), shorten(g.text())));
                }
            }
        }
        return new Report(all, perKind, perPattern, misses);
    }

    private static String shorten(String s) {
        return s.length() <= 90 ? s : s.substring(0, 87) + "...";
    }
}
