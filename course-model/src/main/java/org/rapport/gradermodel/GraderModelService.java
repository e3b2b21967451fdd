package org.rapport.gradermodel;

import org.rapport.config.RapportProperties;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.rapport.account.Actors;
import org.rapport.account.Role;
import org.rapport.grader.ResponseGrader;
import org.rapport.grader.training.CandidateTraining;
import org.rapport.grader.training.Corpus;
import org.rapport.grader.training.CorpusExample;
import org.rapport.grader.training.HeldOut;
import org.rapport.grader.training.TrainingSettings;
import org.rapport.gradermodel.ModelsStatus.ModelRow;
import org.rapport.practice.GraderConfiguration.ActiveGrader;
import org.rapport.review.CorrectionsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Admins teaching the grader: train a candidate on the corpus plus supervisors' corrections in the background,
 * see it measured beside the model in use, promote it (refused when worse on a held-out figure), and restore the
 * model a promotion retired. Model files live in the data folder; every grade already names the model that made
 * it, so nothing stored is graded again.
 */
@Service
public class GraderModelService {
    private static final Logger LOG = LoggerFactory.getLogger(GraderModelService.class);

    private final GraderModelRepository models;
    private final CorrectionsService corrections;
    private final ActiveGrader grader;
    private final Actors actors;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Path modelsDir;
    private final String corpusSetting;
    private volatile Training training;
    private volatile CompletableFuture<Void> running = CompletableFuture.completedFuture(null);
    private volatile String loadProblem;

    GraderModelService(GraderModelRepository models, CorrectionsService corrections, ActiveGrader grader,
                       Actors actors, Clock clock, TransactionTemplate transactions,
                       RapportProperties settings) {
        this.models = models;
        this.corrections = corrections;
        this.grader = grader;
        this.actors = actors;
        this.clock = clock;
        this.transactions = transactions;
        this.modelsDir = Path.of(settings.dataDir(), "models");
        this.corpusSetting = settings.grader().corpusDir();
    }

    /** Puts the promoted model back in use after a restart. */
    @EventListener(ApplicationReadyEvent.class)
    public void useActiveModel() {
        models.findFirstByStatusOrderByIdDesc(GraderModelVersion.Status.ACTIVE).filter(m -> !m.builtIn())
                .ifPresent(m -> {
                    try {
                        grader.use(load(m));
                    } catch (RuntimeException e) {
                        // Grading goes on with the shipped model; the System page says so rather than hiding it.
                        loadProblem = "Model " + m.getVersion() + " is marked in use but could not be read ("
                                + e.getMessage() + "); the shipped model grades until it is restored or replaced.";
                        LOG.error(loadProblem, e);
                    }
                });
    }

    /** What the System page shows. */
    public ModelsStatus status(long adminId) {
        actors.require(adminId, Role.ADMIN);
        Optional<GraderModelVersion> candidate = models.findFirstByStatusOrderByIdDesc(GraderModelVersion.Status.CANDIDATE);
        Optional<GraderModelVersion> active = models.findFirstByStatusOrderByIdDesc(GraderModelVersion.Status.ACTIVE);
        return new ModelsStatus(grader.modelVersion(), active.isEmpty() || active.get().builtIn(), training,
                candidate.map(ModelRow::of).orElse(null), models.findAllByOrderByIdDesc().stream().map(ModelRow::of)
                .toList(), corpusDir().isEmpty() ? corpusMissing() : null, loadProblem,
                models.findFirstByStatusOrderByActivatedAtDescIdDesc(GraderModelVersion.Status.RETIRED)
                        .filter(r -> active.isPresent()).map(GraderModelVersion::getVersion).orElse(null));
    }

    /**
     * Starts training a candidate in the background; {@link #status} shows its progress.
     *
     * @throws PromotionRefusedException when one is already training or the corpus cannot be found
     */
    public synchronized Training startCandidate(long adminId) {
        actors.require(adminId, Role.ADMIN);
        if (!running.isDone()) {
            throw new PromotionRefusedException("A candidate is already training; wait for it to finish.");
        }
        Path corpusDir = corpusDir().orElseThrow(() -> new PromotionRefusedException(corpusMissing()));
        AtomicInteger step = new AtomicInteger();
        training = Training.started(clock.instant());
        running = CompletableFuture.runAsync(() -> {
            try {
                String version = train(adminId, corpusDir, doing -> training = training.at(step.incrementAndGet(), doing));
                training = training.finished(version, clock.instant());
            } catch (RuntimeException e) {
                LOG.error("training a candidate model failed", e);
                training = training.failed(e.getMessage() == null ? e.toString() : e.getMessage(), clock.instant());
            }
        }, task -> Thread.ofPlatform().name("grader-candidate").daemon().start(task));
        return training;
    }

    /** Puts the candidate in use for every reply graded from now on. */
    public ModelRow promote(long adminId, String version) {
        actors.require(adminId, Role.ADMIN);
        return transactions.execute(tx -> {
            GraderModelVersion candidate = models.findByVersion(version)
                    .orElseThrow(() -> new PromotionRefusedException("No model " + version + "."));
            GraderModelVersion active = activeRow();
            if (!active.getVersion().equals(candidate.getComparedWith())) {
                throw new PromotionRefusedException("Model " + version + " was measured against "
                        + candidate.getComparedWith() + ", but " + active.getVersion() + " is in use now: train a "
                        + "new candidate.");
            }
            candidate.promote(clock.instant());
            ResponseGrader loaded = load(candidate);
            active.retire();
            grader.use(loaded);
            loadProblem = null;
            return ModelRow.of(candidate);
        });
    }

    /** Puts back the model that was in use before the current one. */
    public ModelRow restorePrevious(long adminId) {
        actors.require(adminId, Role.ADMIN);
        return transactions.execute(tx -> {
            GraderModelVersion active = models.findFirstByStatusOrderByIdDesc(GraderModelVersion.Status.ACTIVE)
                    .orElseThrow(() -> new PromotionRefusedException("The shipped model is in use; there is no "
                            + "earlier model to restore."));
            GraderModelVersion previous = models.findFirstByStatusOrderByActivatedAtDescIdDesc(
                    GraderModelVersion.Status.RETIRED).orElseThrow(() -> new PromotionRefusedException(
                    "No earlier model is kept to restore."));
            previous.restore(clock.instant());
            ResponseGrader loaded = previous.builtIn() ? null : load(previous);
            active.retire();
            grader.use(loaded);
            loadProblem = null;
            return ModelRow.of(previous);
        });
    }

    /** Waits for a running training to end (for tests and an orderly shutdown). */
    void awaitTraining() {
        running.join();
    }

    private String train(long adminId, Path corpusDir, java.util.function.Consumer<String> progress) {
        try {
            Files.createDirectories(modelsDir);
            Instant now = clock.instant();
            Path correctionsFile = modelsDir.resolve("corrections-" + now.toEpochMilli() + ".jsonl");
            int count;
            try (Writer out = Files.newBufferedWriter(correctionsFile, StandardCharsets.UTF_8)) {
                count = corrections.exportCorrections(adminId, out);
            }
            List<CorpusExample> all = count == 0 ? List.of() : Corpus.load(List.of(correctionsFile)).examples();
            GraderModelVersion active = transactions.execute(tx -> activeRow());
            List<CorpusExample> current = active.getCorrectionsFile() == null ? List.of()
                    : Corpus.load(List.of(modelsDir.resolve(active.getCorrectionsFile()))).examples();
            var result = CandidateTraining.run(Corpus.load(List.of(corpusDir)), HeldOut.read(corpusDir), current, all,
                    GraderModelService::heldOutCorrection, TrainingSettings.defaults(), progress);
            String version = result.candidate().model().version();
            if (models.findByVersion(version).isPresent()) {
                Files.deleteIfExists(correctionsFile);
                throw new PromotionRefusedException("The candidate is model " + version + ", which is already kept: "
                        + "no new corrections since it was trained.");
            }
            Path modelFile = modelsDir.resolve(version + ".model");
            try (OutputStream out = Files.newOutputStream(modelFile)) {
                result.candidate().model().write(out);
            }
            transactions.executeWithoutResult(tx -> {
                models.findFirstByStatusOrderByIdDesc(GraderModelVersion.Status.CANDIDATE)
                        .ifPresent(GraderModelVersion::supersede);
                models.save(GraderModelVersion.candidate(version, modelFile.getFileName().toString(),
                        correctionsFile.getFileName().toString(), count, active.getVersion(),
                        result.candidateFigures(), result.currentFigures(), clock.instant()));
            });
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write to " + modelsDir, e);
        }
    }

    /**
     * A fixed fifth of the corrections, chosen by the reply's text, is measured on and not trained on while
     * comparing: the same reply always falls on the same side, whichever candidate is trained.
     */
    static boolean heldOutCorrection(CorpusExample e) {
        return Math.floorMod(e.response().hashCode(), 5) == 0;
    }

    /** The model in use as a row: the shipped model gets one the first time another is promoted over it. */
    private GraderModelVersion activeRow() {
        return models.findFirstByStatusOrderByIdDesc(GraderModelVersion.Status.ACTIVE)
                .orElseGet(() -> models.save(GraderModelVersion.shipped(grader.shipped().modelVersion(),
                        clock.instant())));
    }

    private ResponseGrader load(GraderModelVersion m) {
        try {
            return ResponseGrader.load(modelsDir.resolve(m.getFileName()));
        } catch (IOException | RuntimeException e) {
            throw new PromotionRefusedException("Model " + m.getVersion() + " could not be read from "
                    + modelsDir.resolve(m.getFileName()) + ": " + e.getMessage());
        }
    }

    private Optional<Path> corpusDir() {
        List<String> tries = corpusSetting.isBlank() ? List.of("grader/corpus", "../grader/corpus") : List.of(corpusSetting);
        return tries.stream().map(Path::of).filter(p -> Files.isRegularFile(p.resolve(HeldOut.FILE))).findFirst();
    }

    private String corpusMissing() {
        return "Training a candidate needs the grader's corpus (the grader/corpus folder of this release, with its "
                + "heldout.txt); set rapport.grader.corpus-dir to where it is"
                + (corpusSetting.isBlank() ? "." : " (now " + corpusSetting + ", which has none).");
    }
}
