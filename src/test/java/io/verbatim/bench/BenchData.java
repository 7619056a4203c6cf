package io.verbatim.bench;

import io.verbatim.domain.Slugs;
import io.verbatim.embedded.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

/**
 * Generates a deterministic data set (same seed, same data) straight into PostgreSQL with COPY: speakers with
 * aliases and roles, a topic tree, outlets and sources, and statements whose texts draw on a Zipf-distributed
 * vocabulary. Usage: {@code BenchData <statements> <data-directory | jdbc-url> [seed]}.
 */
public final class BenchData {

    static final int SPEAKERS = 20_000;
    static final int TOPIC_ROOTS = 20;
    static final int TOPICS_PER_ROOT = 24;
    static final int OUTLETS = 200;
    static final LocalDate FIRST_DAY = LocalDate.of(2006, 1, 1);
    static final int DAYS = 20 * 365;

    private static final String[] FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William "
            + "Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty "
            + "Anthony Margaret Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth "
            + "Carol Kevin Amanda Brian Dorothy George Melissa Timothy Deborah Ronald Stephanie Edward Rebecca Jason Sharon "
            + "Jeffrey Laura Ryan Cynthia Jacob Kathleen Gary Amy Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda "
            + "Larry Pamela Justin Emma Scott Nicole Brandon Helen Benjamin Samantha Samuel Katherine Gregory Christine "
            + "Alexander Debra Frank Rachel Patrick Carolyn Raymond Janet Jack Maria José Zoë Björn Søren").split(" ");
    private static final String[] LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez "
            + "Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris "
            + "Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green "
            + "Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz "
            + "Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey "
            + "Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz "
            + "Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell "
            + "Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson "
            + "Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis "
            + "Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington "
            + "Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon "
            + "Mendez Silva Shaw Snyder Mason Dixon Muñoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone "
            + "Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner "
            + "Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Hansen Peters Santos Hart Bradley Knight Åkesson").split(" ");
    private static final String[] TITLES = {"U.S. Senator", "U.S. Representative", "Governor", "Mayor", "Secretary of State",
            "Minister", "Spokesperson", "Chief of Staff", "Ambassador", "State Senator"};
    private static final String[] PARTIES = {"Democratic", "Republican", "Independent", "Green", "Libertarian"};
    static final String[] PLACES = {"Alabama", "Alaska", "Arizona", "California", "Colorado", "Florida",
            "Georgia", "Illinois", "Kentucky", "Maine", "Michigan", "Nevada", "New Hampshire", "New York", "Ohio",
            "Oregon", "Texas", "Utah", "Vermont", "Washington"};
    static final String[] OUTLET_WORDS = {"Times", "Post", "Herald", "Tribune", "Gazette", "Journal", "Daily",
            "Chronicle", "Observer", "Courier"};
    static final String[] CUES = {"told %s", "said in an interview with %s", "said, according to %s",
            "wrote in %s", "said at a press conference reported by %s"};

    private final int statements;
    private final Random random;
    private final Vocabulary vocabulary;
    private final int sources;

    BenchData(int statements, long seed) {
        this.statements = statements;
        this.random = new Random(seed);
        this.vocabulary = new Vocabulary(20_000, 1.07, new Random(seed));
        this.sources = Math.max(1, statements / 3);
    }

    public static void main(String[] args) throws Exception {
        BenchDatabase.run("BenchData", args, BenchData::load);
    }

    /** Migrates the schema, then loads the data and refreshes the planner's statistics. */
    static void load(String jdbcUrl, int count, long seed) throws SQLException, IOException {
        Flyway.configure().dataSource(jdbcUrl, EmbeddedPostgresServer.USER, null)
                .locations("classpath:db/migration").load().migrate();
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            new BenchData(count, seed).write(connection);
            connection.createStatement().execute("VACUUM ANALYZE");
        }
        System.out.printf("Loaded %,d statements in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    static UUID id(String kind, long index) {
        return UUID.nameUUIDFromBytes((kind + ":" + index).getBytes(StandardCharsets.UTF_8));
    }

    void write(Connection connection) throws SQLException, IOException {
        CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
        writeSpeakers(copy);
        writeTopics(copy);
        writeSources(copy);
        writeStatements(copy);
    }

    void writeSpeakers(CopyManager copy) throws SQLException {
        try (Rows speakers = new Rows(copy, "speaker (id, kind, name, slug, wikidata_id, description, created_at, updated_at, version)");
             Rows aliases = Rows.deferred();
             Rows roles = Rows.deferred()) {
            for (int i = 0; i < SPEAKERS; i++) {
                boolean organization = i % 10 == 9;
                String first = FIRST[i % FIRST.length];
                String last = LAST[(i / FIRST.length) % LAST.length];
                String name = organization ? "Office of " + first + " " + last : first + " " + last;
                String slug = Slugs.of(name) + (i >= FIRST.length * LAST.length ? "-" + i : "");
                speakers.row(id("speaker", i), organization ? "ORGANIZATION" : "PERSON", name, slug, null,
                        "Generated speaker " + i, "now", "now", 0);
                if (i % 2 == 0) {
                    aliases.row(id("speaker", i), 0, organization ? last + "'s office" : first.charAt(0) + ". " + last);
                }
                if (!organization) {
                    int from = 1990 + random.nextInt(30);
                    roles.row(id("speaker", i), 0, TITLES[random.nextInt(TITLES.length)], "Government",
                            PARTIES[random.nextInt(PARTIES.length)], PLACES[random.nextInt(PLACES.length)],
                            LocalDate.of(from, 1, 1), random.nextInt(3) == 0 ? LocalDate.of(from + 4, 1, 1) : null);
                }
            }
            speakers.close();
            aliases.copyInto(copy, "speaker_alias (speaker_id, position, alias)");
            roles.copyInto(copy, "speaker_role (speaker_id, position, title, organization, party, jurisdiction, valid_from, valid_to)");
        }
    }

    void writeTopics(CopyManager copy) throws SQLException {
        try (Rows topics = new Rows(copy, "topic (id, name, slug, parent_id, created_at, updated_at, version)")) {
            for (int root = 0; root < TOPIC_ROOTS; root++) {
                String name = capitalise(vocabulary.word(40 + root)) + " affairs";
                topics.row(id("topic", root), name, Slugs.of(name) + "-" + root, null, "now", "now", 0);
            }
            for (int child = 0; child < TOPIC_ROOTS * TOPICS_PER_ROOT; child++) {
                String name = capitalise(vocabulary.word(60 + child)) + " " + vocabulary.word(600 + child);
                topics.row(id("topic", TOPIC_ROOTS + child), name, Slugs.of(name) + "-" + child,
                        id("topic", child % TOPIC_ROOTS), "now", "now", 0);
            }
        }
    }

    private void writeSources(CopyManager copy) throws SQLException {
        try (Rows rows = new Rows(copy, "source (id, url, outlet, title, published_on, author, created_at, updated_at, version)")) {
            for (int i = 0; i < sources; i++) {
                String outlet = outlet(i % OUTLETS);
                rows.row(id("source", i), "https://news" + (i % OUTLETS) + ".example.org/" + i, outlet,
                        capitalise(vocabulary.text(random, 8)), FIRST_DAY.plusDays(random.nextInt(DAYS)), null,
                        "now", "now", 0);
            }
        }
    }

    private void writeStatements(CopyManager copy) throws SQLException, IOException {
        Vocabulary speakerRanks = new Vocabulary(SPEAKERS, 0.9, new Random(1));
        try (Rows statementRows = new Rows(copy, "statement (id, external_id, text, kind, language, speaker_id, "
                + "on_behalf_of_id, speaker_role, said_on, date_precision, context, status, retraction_reason, "
                + "created_at, updated_at, version)");
             Rows topics = Rows.deferred();
             Rows citations = Rows.deferred()) {
            for (long i = 0; i < statements; i++) {
                UUID id = id("statement", i);
                int speaker = speakerRanks.rank(random);
                int source = (int) ((i / 3 + random.nextInt(50)) % sources);
                String outlet = outlet(source % OUTLETS);
                int roll = random.nextInt(100);
                String status = roll < 97 ? "PUBLISHED" : roll < 99 ? "RETRACTED" : "PENDING_REVIEW";
                String kind = roll % 20 < 14 ? "DIRECT" : roll % 20 < 19 ? "PARAPHRASE" : "WRITTEN";
                String cue = CUES[random.nextInt(CUES.length)].formatted(outlet);
                statementRows.row(id, "bench-" + i, capitalise(vocabulary.text(random, 12 + random.nextInt(50))), kind, "en",
                        id("speaker", speaker), random.nextInt(20) == 0 ? id("speaker", random.nextInt(SPEAKERS)) : null,
                        null, FIRST_DAY.plusDays(random.nextInt(DAYS)), "DAY", cue, status,
                        status.equals("RETRACTED") ? "Generated retraction" : null, "now", "now", 0);
                int topicCount = 1 + random.nextInt(3);
                int firstTopic = random.nextInt(TOPIC_ROOTS * (TOPICS_PER_ROOT + 1));
                for (int t = 0; t < topicCount; t++) {
                    topics.row(id, id("topic", (firstTopic + t * 37) % (TOPIC_ROOTS * (TOPICS_PER_ROOT + 1))));
                }
                citations.row(id, 0, id("source", source), cue);
                if (random.nextInt(4) == 0) {
                    citations.row(id, 1, id("source", (source + 1 + random.nextInt(1000)) % sources), "reported by another outlet");
                }
            }
            statementRows.close();
            topics.copyInto(copy, "statement_topic (statement_id, topic_id)");
            citations.copyInto(copy, "statement_source (statement_id, position, source_id, attribution)");
        }
    }

    static String outlet(int index) {
        return "The " + PLACES[index % PLACES.length] + " " + OUTLET_WORDS[(index / PLACES.length) % OUTLET_WORDS.length];
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Rows in COPY text format, either streamed into a table now or kept in a temporary file for later. */
    static final class Rows implements AutoCloseable {
        private final CopyIn copyIn;
        private final Path file;
        private final BufferedWriter writer;
        private final StringBuilder buffer = new StringBuilder();
        private boolean closed;

        Rows(CopyManager copy, String table) throws SQLException {
            this.copyIn = copy.copyIn("COPY " + table + " FROM STDIN");
            this.file = null;
            this.writer = null;
        }

        private Rows(Path file) throws IOException {
            this.copyIn = null;
            this.file = file;
            this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        static Rows deferred() {
            try {
                Path file = Files.createTempFile("verbatim-bench", ".copy");
                file.toFile().deleteOnExit();
                return new Rows(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                buffer.append(i == 0 ? "" : "\t").append(escape(values[i]));
            }
            buffer.append('\n');
            if (buffer.length() > 1 << 20) {
                flush();
            }
        }

        private static String escape(Object value) {
            if (value == null) {
                return "\\N";
            }
            return value.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            try {
                if (copyIn != null) {
                    copyIn.writeToCopy(bytes, 0, bytes.length);
                } else {
                    writer.write(new String(bytes, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void copyInto(CopyManager copy, String table) throws SQLException {
            close();
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                copy.copyIn("COPY " + table + " FROM STDIN", reader);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws SQLException {
            if (closed) {
                return;
            }
            closed = true;
            flush();
            try {
                if (copyIn != null && copyIn.isActive()) {
                    copyIn.endCopy();
                }
                if (writer != null) {
                    writer.close();
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
