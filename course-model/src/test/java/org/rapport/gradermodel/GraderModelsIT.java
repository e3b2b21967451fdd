package org.rapport.gradermodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.rapport.TestAccounts;
import org.rapport.TestPractice;
import org.rapport.refusal.NotPermittedException;
import org.rapport.account.Role;
import org.rapport.grader.Move;
import org.rapport.grader.training.CandidateTraining.Figures;
import org.rapport.grader.training.Corpus;
import org.rapport.grader.training.CorpusExample;
import org.rapport.grader.training.Trainer;
import org.rapport.grader.training.TrainingSettings;
import org.rapport.practice.GraderConfiguration.ActiveGrader;
import org.rapport.practice.PracticeService;
import org.rapport.review.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The admin's model flow on a small corpus (a quarter of grader/corpus, with its held-out writers and situations),
 * so a candidate trains in seconds. Its own data folder keeps the models apart from other tests.
 */
@SpringBootTest
class GraderModelsIT {
    private static final Path DATA = temporaryFolder("rapport-models-it");
    private static final Path CORPUS = smallCorpus();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("rapport.data-dir", DATA::toString);
        registry.add("rapport.grader.corpus-dir", CORPUS::toString);
    }

    @Autowired
    GraderModelService service;
    @Autowired
    GraderModelRepository models;
    @Autowired
    ActiveGrader grader;
    @Autowired
    PracticeService practice;
    @Autowired
    ReviewService reviews;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestPractice fixtures;

    @Test
    void a_candidate_trained_with_corrections_is_kept_with_its_version_and_measured_beside_the_model_in_use()
            throws Exception {
        long admin = accounts.create(Role.ADMIN);
        long supervisor = accounts.create(Role.SUPERVISOR);
        long learner = fixtures.learnerOf(supervisor);
        long attempt = fixtures.submit(learner, "You need to think about your kids here. What would help?");
        reviews.overrideSentences(supervisor, attempt, List.of(Move.JUDGING, Move.PARTNERING), null);

        Training started = service.startCandidate(admin);
        assertThatThrownBy(() -> service.startCandidate(admin)).as("one training at a time")
                .isInstanceOf(PromotionRefusedException.class).hasMessageContaining("already training");
        assertThat(started.done()).isFalse();
        service.awaitTraining();

        ModelsStatus status = service.status(admin);
        assertThat(status.training().failure()).isNull();
        assertThat(status.training().step()).isEqualTo(status.training().steps());
        ModelsStatus.ModelRow candidate = status.candidate();
        assertThat(candidate.version()).isEqualTo(status.training().version()).isNotEqualTo(grader.modelVersion());
        assertThat(candidate.comparedWith()).isEqualTo(grader.shipped().modelVersion());
        assertThat(candidate.corrections()).isGreaterThanOrEqualTo(1);
        assertThat(candidate.figures().heldOutReplies()).isPositive()
                .isEqualTo(candidate.comparedFigures().heldOutReplies());
        assertThat(status.history()).extracting(ModelsStatus.ModelRow::version).contains(candidate.version());
        assertThat(DATA.resolve("models").resolve(candidate.version() + ".model")).isRegularFile();
        assertThat(grader.modelVersion()).as("training alone changes nothing").isEqualTo(grader.shipped().modelVersion());
    }

    @Test
    void a_candidate_worse_on_a_held_out_figure_cannot_be_promoted() throws Exception {
        long admin = accounts.create(Role.ADMIN);
        String version = "rg-worse" + UUID.randomUUID().toString().substring(0, 4);
        String inUse = grader.modelVersion();
        Files.createDirectories(DATA.resolve("models"));
        models.save(GraderModelVersion.candidate(version, writeModel(version), null, 0, grader.modelVersion(),
                new Figures(0.90, 0.85, 0.97, null, 100, 0), new Figures(0.88, 0.90, 0.95, null, 100, 0),
                Instant.now()));

        assertThatThrownBy(() -> service.promote(admin, version)).isInstanceOf(PromotionRefusedException.class)
                .hasMessageContaining("lower than the model in use on judging recall");
        assertThat(grader.modelVersion()).isEqualTo(inUse);
        assertThat(models.findByVersion(version).orElseThrow().getStatus()).isEqualTo(GraderModelVersion.Status.CANDIDATE);
    }

    @Test
    void a_promoted_model_grades_new_replies_and_restoring_brings_back_the_old_one_without_regrading_anything()
            throws Exception {
        long admin = accounts.create(Role.ADMIN);
        long learner = fixtures.learnerOf(accounts.create(Role.SUPERVISOR));
        String shipped = grader.shipped().modelVersion();
        String reply = "It sounds like the side effects have been hard to live with.";
        long before = fixtures.submit(learner, reply);
        var beforeGrade = practice.attempt(learner, before);
        String version = trainSmallModel();
        models.save(GraderModelVersion.candidate(version, version + ".model", null, 0, shipped,
                new Figures(0.90, 0.92, 0.97, null, 100, 0), new Figures(0.88, 0.92, 0.95, null, 100, 0),
                Instant.now()));

        service.promote(admin, version);
        long during = fixtures.submit(learner, reply);
        service.restorePrevious(admin);
        long after = fixtures.submit(learner, reply);

        assertThat(practice.attempt(learner, during).grade().modelVersion()).isEqualTo(version);
        assertThat(practice.attempt(learner, after).grade().modelVersion()).isEqualTo(shipped);
        assertThat(practice.attempt(learner, before)).as("stored grades are never regraded").isEqualTo(beforeGrade);
        assertThat(models.findByVersion(version).orElseThrow().getStatus()).isEqualTo(GraderModelVersion.Status.RETIRED);
        assertThat(service.status(admin).shippedInUse()).isTrue();
        assertThat(service.status(admin).restorable()).as("the one in use before").isEqualTo(version);
    }

    @Test
    void only_an_admin_trains_promotes_or_restores_models() {
        long supervisor = accounts.create(Role.SUPERVISOR);

        assertThatThrownBy(() -> service.startCandidate(supervisor)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.promote(supervisor, "rg-x")).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.restorePrevious(supervisor)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.status(supervisor)).isInstanceOf(NotPermittedException.class);
    }

    /**
     * A model unlike the shipped one: trained on a few hundred corpus replies (seconds), and one reply no other run
     * has, so its version is new even in a database an earlier run left behind.
     */
    private static String trainSmallModel() throws IOException {
        var examples = Corpus.load(List.of(CORPUS)).examples();
        List<CorpusExample> some = new ArrayList<>(IntStream.range(0, examples.size()).filter(i -> i % 8 == 0)
                .mapToObj(examples::get).toList());
        some.add(new CorpusExample("test-run", "test", null, "It sounds like run " + UUID.randomUUID() + " was hard.",
                Move.REFLECTIVE, List.of(Move.REFLECTIVE)));
        var trained = Trainer.train(some, TrainingSettings.defaults());
        String version = trained.model().version();
        Files.createDirectories(DATA.resolve("models"));
        try (OutputStream out = Files.newOutputStream(DATA.resolve("models").resolve(version + ".model"))) {
            trained.model().write(out);
        }
        return version;
    }

    private static String writeModel(String name) throws IOException {
        Files.writeString(DATA.resolve("models").resolve(name + ".model"), "not read: promotion is refused first");
        return name + ".model";
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every fourth line of each situation of grader/corpus, and its list of held-out writers and situations. */
    private static Path smallCorpus() {
        Path source = Path.of("../grader/corpus");
        Path target = temporaryFolder("rapport-small-corpus");
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".jsonl")) {
                    List<String> lines = Files.readAllLines(file);
                    Files.write(target.resolve(name), IntStream.range(0, lines.size()).filter(i -> i % 4 == 0)
                            .mapToObj(lines::get).toList());
                } else if (name.equals("heldout.txt")) {
                    Files.copy(file, target.resolve(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
