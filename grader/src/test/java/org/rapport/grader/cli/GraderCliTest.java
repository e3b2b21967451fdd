package org.rapport.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GraderCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final GraderCli cli = new GraderCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private List<JsonNode> classify(String input) {
        int code = cli.run(new String[] {"classify"}, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                lines.add(JsonMapper.builder().build().readTree(line));
            }
        }
        return lines;
    }

    @Test
    void classify_writes_one_result_per_line_with_every_documented_field() {
        List<JsonNode> results = classify("""
                {"id": 7, "response": "That sounds exhausting. What would you want to be different?", "prompt": "I'm so tired of all this"}
                """);

        assertThat(results).hasSize(1);
        JsonNode r = results.get(0);
        assertThat(r.get("id").asInt()).isEqualTo(7);
        assertThat(r.get("label").asString()).isIn("judging", "validating", "reflective", "partnering");
        assertThat(r.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(r.get("scores").propertyNames()).containsExactly("judging", "validating", "reflective", "partnering");
        assertThat(r.get("sentences")).hasSize(2);
        JsonNode sentence = r.get("sentences").get(0);
        assertThat(sentence.has("text") && sentence.has("label") && sentence.has("confidence") && sentence.has("cues")).isTrue();
        assertThat(r.get("model").asString()).startsWith("rg-");
    }

    @Test
    void bad_lines_get_an_error_object_on_their_own_line_and_the_run_goes_on() {
        String huge = "x".repeat(GraderCli.MAX_LINE_CHARS + 10);
        List<JsonNode> results = classify(String.join("\n",
                "{\"id\": \"a\", \"response\": \"\"}",
                "{\"id\": \"b\", \"text\": \"wrong field\"}",
                "{\"id\": \"c\", \"response\": 42}",
                "",
                huge,
                "\u0000\u0001\u0002\u0003",
                "{\"id\": {\"nested\": 1}, \"response\": \"That sounds hard.\"}",
                "{\"id\": [1, 2], \"response\": \"That sounds hard.\"}",
                "{\"id\": \"d\", \"response\": \"Part of you wants to go and part of you dreads it.\"}") + "\n");

        assertThat(results).hasSize(9);
        assertThat(results.subList(0, 8)).allSatisfy(r -> assertThat(r.has("error")).isTrue());
        assertThat(results.get(0).get("id").asString()).isEqualTo("a");
        assertThat(results.get(0).get("error").asString()).contains("empty");
        assertThat(results.get(1).get("error").asString()).contains("response");
        assertThat(results.get(4).get("error").asString()).contains("longer than");
        assertThat(results.subList(6, 8)).allSatisfy(r -> {
            assertThat(r.get("error").asString()).contains("'id' must be text or a number");
            assertThat(r.get("id").isNull()).isTrue();
        });
        assertThat(results.get(8).has("error")).isFalse();
        assertThat(results.get(8).get("id").asString()).isEqualTo("d");
    }

    @Test
    void a_line_that_is_not_json_is_graded_as_one_reply() {
        List<JsonNode> results = classify("you should really just go to the appointment {not json\n");

        assertThat(results.get(0).get("label").asString()).isEqualTo("judging");
        assertThat(results.get(0).get("id").isNull()).isTrue();
    }

    @Test
    void html_and_script_in_a_reply_come_back_as_plain_json_text() {
        List<JsonNode> results = classify("{\"id\":1,\"response\":\"<script>alert(1)</script> That sounds hard.\"}\n");

        assertThat(results.get(0).has("label")).isTrue();
        assertThat(results.get(0).get("sentences").get(0).get("text").asString()).contains("<script>");
    }

    @Test
    void train_then_evaluate_works_on_a_programmes_own_corpus_folder(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        for (String situation : List.of("court-mandated-anger-program", "complicated-grief", "relapse-shame")) {
            Files.copy(Path.of("corpus", situation + ".jsonl"), corpus.resolve(situation + ".jsonl"));
        }
        Files.writeString(corpus.resolve("heldout.txt"), "relapse-shame\nwriter: someone-else\n");
        Path model = dir.resolve("own.model");

        int trained = cli.run(new String[] {"train", "--split", "train", "--data", corpus.toString(), "--out",
                model.toString()}, System.in);
        int evaluated = cli.run(new String[] {"evaluate", "--data", corpus.toString(), "--split", "heldout",
                "--model", model.toString()}, System.in);

        assertThat(trained).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(evaluated).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("macro-F1").contains("kappa").contains("confusion");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("left out of training: 1 held-out situations and 1 held-out writers");
    }

    @Test
    void usage_errors_exit_with_2_and_say_what_is_wrong() {
        assertThat(cli.run(new String[] {}, System.in)).isEqualTo(2);
        assertThat(cli.run(new String[] {"train", "--data"}, System.in)).isEqualTo(2);
        assertThat(cli.run(new String[] {"evaluate", "--data", "no/such/dir"}, System.in)).isEqualTo(2);
        assertThat(cli.run(new String[] {"frobnicate"}, System.in)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("needs a value").contains("does not exist")
                .contains("unknown command");
    }
}
