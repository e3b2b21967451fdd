package org.rapport.grader.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.rapport.grader.GradeReport;
import org.rapport.grader.ResponseGrader;
import org.rapport.grader.training.Corpus;
import org.rapport.grader.training.CorpusExample;
import org.rapport.grader.training.Evaluation;
import org.rapport.grader.training.HeldOut;
import org.rapport.grader.training.Experiments;
import org.rapport.grader.training.Trainer;
import org.rapport.grader.training.TrainingSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The grader's command line: classify, evaluate, train and experiment. */
public final class GraderCli {
    /** Lines longer than this are answered with an error instead of being read whole. */
    static final int MAX_LINE_CHARS = 1_000_000;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final String USAGE = """
            usage: java -jar grader-cli.jar COMMAND [options]
              classify [--model FILE]
                  reads JSON lines {"id": ..., "response": "...", "prompt": "..."} from standard input
                  (a line that is not JSON is one reply) and writes one JSON result per line
              evaluate --data FILE|DIR... [--model FILE] [--split all|heldout|heldout-situations|train] [--errors]
                  accuracy, macro-F1, per-move precision/recall/F1, Cohen's kappa, confusion matrix,
                  calibration; heldout is every reply whose situation or writer a folder's heldout.txt names
              train --data DIR... --out FILE [--split all|train|train-situations]
                    [--algorithm MAXENT_QN|MAXENT|PERCEPTRON|NAIVEBAYES] [--families a,b,...]
                  trains a model on every reply (all, the default), or leaves out the held-out writers and
                  situations (train) or the held-out situations only (train-situations)
              experiment --data DIR [--also FILE|DIR...] [--out FILE]
                  the tables of docs/grader.md: choices by cross-validation grouped by situation and writer
                  on the training part, then the grader beside a TF-IDF baseline on the held-out replies
                  and on the check sets given with --also
            """;

    private final PrintStream out;
    private final PrintStream err;

    GraderCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code = new GraderCli(System.out, System.err).run(args, System.in);
        System.out.flush();
        if (code != 0) {
            System.exit(code);
        }
    }

    int run(String[] args, java.io.InputStream in) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        try {
            Options options = Options.parse(args);
            return switch (options.command()) {
                case "classify" -> classify(options, in);
                case "evaluate" -> evaluate(options);
                case "train" -> train(options);
                case "experiment" -> experiment(options);
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> {
                    err.println("unknown command '" + options.command() + "'");
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("error: " + e);
            return 1;
        }
    }

    private static ResponseGrader grader(Options options) throws IOException {
        String model = options.single("model");
        return model == null ? ResponseGrader.loadShipped() : ResponseGrader.load(Path.of(model));
    }

    int classify(Options options, java.io.InputStream in) throws IOException {
        ResponseGrader grader = grader(options);
        Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer writer = new BufferedWriter(new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8));
        BoundedLine line = new BoundedLine();
        int number = 0;
        while (line.read(reader)) {
            number++;
            writer.write(JSON.writeValueAsString(classifyLine(grader, line, number)));
            writer.write('\n');
            if (!reader.ready()) {
                writer.flush();
            }
        }
        writer.flush();
        return 0;
    }

    /** One input line to one output object; never throws for bad input. */
    static ClassifiedLine classifyLine(ResponseGrader grader, BoundedLine line, int number) {
        if (line.truncated()) {
            return ClassifiedLine.error(null, "line " + number + " is longer than " + MAX_LINE_CHARS
                    + " characters; it was not graded");
        }
        String text = line.text();
        Object id = null;
        String response = text;
        String prompt = null;
        JsonNode node = parseOrNull(text);
        if (node != null && node.isObject()) {
            JsonNode idNode = node.get("id");
            if (idNode != null && !idNode.isNull() && !idNode.isNumber() && !idNode.isString()) {
                return ClassifiedLine.error(null, "line " + number + ": field 'id' must be text or a number");
            }
            id = idNode == null || idNode.isNull() ? null : idNode.isNumber() ? idNode.numberValue() : idNode.asString();
            JsonNode responseNode = node.get("response");
            if (responseNode == null || !responseNode.isString()) {
                return ClassifiedLine.error(id, "line " + number + ": field 'response' is missing or not text");
            }
            response = responseNode.asString();
            JsonNode promptNode = node.get("prompt");
            prompt = promptNode != null && promptNode.isString() ? promptNode.asString() : null;
        } else if (node != null && node.isString()) {
            response = node.asString();
        }
        try {
            return new ClassifiedLine(id, GradeReport.of(grader.grade(response, prompt)), null);
        } catch (IllegalArgumentException rejected) {
            return ClassifiedLine.error(id, "line " + number + ": " + rejected.getMessage());
        }
    }

    /**
     * One output line: the caller's id (always written, null when none was sent), then either the grade's fields
     * or an error.
     */
    record ClassifiedLine(Object id, @JsonUnwrapped GradeReport grade,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String error) {
        static ClassifiedLine error(Object id, String error) {
            return new ClassifiedLine(id, null, error);
        }
    }

    private static JsonNode parseOrNull(String text) {
        String t = text.strip();
        if (!(t.startsWith("{") || t.startsWith("\""))) {
            return null;
        }
        try {
            return JSON.readTree(t);
        } catch (JacksonException notJson) {
            return null;
        }
    }

    int evaluate(Options options) throws IOException {
        List<Path> data = options.paths("data");
        String split = options.single("split") == null ? "all" : options.single("split");
        Corpus corpus = Corpus.load(data);
        HeldOut heldOut = HeldOut.of(data);
        corpus = switch (split) {
            case "all" -> corpus;
            case "heldout" -> corpus.heldOut(heldOut, true);
            case "heldout-situations" -> corpus.heldOut(heldOut.situationsOnly(), true);
            case "train" -> corpus.heldOut(heldOut, false);
            default -> throw new IllegalArgumentException("--split must be heldout, heldout-situations, train or all");
        };
        if (corpus.examples().isEmpty()) {
            throw new IllegalArgumentException("no replies in the " + split + " split of " + data);
        }
        ResponseGrader grader = grader(options);
        Evaluation evaluation = Evaluation.run(grader, corpus.examples());
        out.println("model " + grader.modelVersion() + ", data " + data + ", split " + split);
        out.print(evaluation.report());
        if (options.flag("errors")) {
            out.println("misgraded replies:");
            evaluation.errors().forEach(out::println);
        }
        return 0;
    }

    int train(Options options) throws IOException {
        List<Path> data = options.paths("data");
        String outFile = options.required("out");
        String split = options.single("split") == null ? "all" : options.single("split");
        TrainingSettings settings = TrainingSettings.defaults();
        if (options.single("algorithm") != null) {
            settings = settings.withAlgorithm(options.single("algorithm"));
        }
        if (options.single("families") != null) {
            settings = settings.withFamilies(List.of(options.single("families").split(",")));
        }
        Corpus corpus = Corpus.load(data);
        switch (split) {
            case "all" -> { }
            case "train" -> {
                HeldOut heldOut = HeldOut.of(data);
                corpus = corpus.heldOut(heldOut, false);
                err.println("left out of training: " + heldOut.situations().size() + " held-out situations and "
                        + heldOut.writers().size() + " held-out writers");
            }
            case "train-situations" -> {
                HeldOut heldOut = HeldOut.of(data).situationsOnly();
                corpus = corpus.heldOut(heldOut, false);
                err.println("left out of training: " + heldOut.situations().size() + " held-out situations");
            }
            default -> throw new IllegalArgumentException("--split must be all, train or train-situations");
        }
        long start = System.nanoTime();
        Trainer.Trained trained = Trainer.train(corpus.examples(), settings);
        Path target = Path.of(outFile);
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        try (OutputStream o = Files.newOutputStream(target)) {
            trained.model().write(o);
        }
        err.printf("trained %s on %d replies (%d sentences, %d mixed replies whose split disagreed left out) in %.1f s -> %s%n",
                trained.model().version(), trained.replies(), trained.sentences(), trained.skippedReplies(),
                (System.nanoTime() - start) / 1e9, target);
        return 0;
    }

    int experiment(Options options) throws IOException {
        Path dir = Path.of(options.required("data"));
        Corpus corpus = Corpus.load(List.of(dir));
        HeldOut heldOut = HeldOut.read(dir);
        if (heldOut.situations().isEmpty()) {
            throw new IllegalArgumentException(dir + " has no " + HeldOut.FILE + ": nothing to measure on");
        }
        Map<String, List<CorpusExample>> otherSets = new LinkedHashMap<>();
        if (options.values().containsKey("also")) {
            for (Path set : options.paths("also")) {
                otherSets.put(set.toString(), Corpus.load(List.of(set)).examples());
            }
        }
        String md = Experiments.all(corpus, heldOut, otherSets, err::println);
        out.print(md);
        String file = options.single("out");
        if (file != null) {
            Files.writeString(Path.of(file), md);
        }
        return 0;
    }

    /** Keeps System.out open when the writer around it is closed. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
