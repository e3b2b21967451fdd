package org.rapport.grader.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rapport.grader.GradedResponse;
import org.rapport.grader.ResponseGrader;
import org.rapport.grader.text.TextPipeline;
import org.rapport.grader.training.Corpus;
import org.rapport.grader.training.CorpusExample;
import org.rapport.grader.training.HeldOut;
import org.rapport.grader.training.Trainer;
import org.rapport.grader.training.TrainingSettings;

/**
 * Speed of the grader, run by tools/benchmark-grader.sh (results in docs/benchmarks.md). The replies are
 * the 30-50 word ones of the held-out situations and of grader/eval/voices.jsonl: never trained on, so
 * lemma look-ups meet words the training corpus never had.
 */
public class GradingBenchmark {

    @State(Scope.Thread)
    public static class Replies {
        ResponseGrader grader;
        List<String> replies;
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            grader = ResponseGrader.loadShipped();
            Path corpus = Path.of("corpus");
            Corpus heldOut = Corpus.load(List.of(corpus)).heldOut(HeldOut.read(corpus), true);
            replies = java.util.stream.Stream.concat(heldOut.examples().stream(),
                            Corpus.load(List.of(Path.of("eval", "voices.jsonl"))).examples().stream())
                    .map(CorpusExample::response)
                    .filter(r -> {
                        int words = r.strip().split("\\s+").length;
                        return words >= 30 && words <= 50;
                    })
                    .toList();
            if (replies.size() < 20) {
                throw new IllegalStateException("too few 30-50 word replies to measure: " + replies.size());
            }
        }

        String nextReply() {
            String r = replies.get(next);
            next = (next + 1) % replies.size();
            return r;
        }
    }

    /** Steady state: JIT warm, lemma cache warm. Sample mode gives the latency percentiles. */
    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.Throughput})
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 5)
    @Fork(1)
    public GradedResponse gradeWarm(Replies state) {
        return state.grader.grade(state.nextReply());
    }

    /** The worst case for a new reply: JIT warm but the lemma cache emptied before every call. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 5)
    @Fork(1)
    public GradedResponse gradeColdLemmaCache(Replies state) {
        TextPipeline.english().clearLemmaCache();
        return state.grader.grade(state.nextReply());
    }

    @State(Scope.Benchmark)
    public static class ModelBytes {
        byte[] shipped;

        @Setup(Level.Trial)
        public void read() throws IOException {
            try (InputStream in = ResponseGrader.class.getResourceAsStream(ResponseGrader.SHIPPED_MODEL)) {
                shipped = in.readAllBytes();
            }
        }
    }

    /** Model load in a fresh JVM: OpenNLP's English models plus the grader model, then one reply graded. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public GradedResponse loadModelColdJvm(ModelBytes bytes) throws IOException {
        return ResponseGrader.load(new ByteArrayInputStream(bytes.shipped)).grade("That sounds hard.");
    }

    @State(Scope.Benchmark)
    public static class WholeCorpus {
        List<CorpusExample> examples;

        @Setup(Level.Trial)
        public void load() {
            examples = Corpus.load(List.of(Path.of("corpus"))).examples();
        }
    }

    /** Training the shipped model on the whole corpus, as the build does, in a fresh JVM each time. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(3)
    public Trainer.Trained trainOnCorpus(WholeCorpus corpus) {
        return Trainer.train(corpus.examples, TrainingSettings.defaults());
    }
}
