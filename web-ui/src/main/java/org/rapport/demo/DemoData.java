package org.rapport.demo;

import org.rapport.config.RapportProperties;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.persistence.EntityManager;

import org.rapport.account.AccountService;
import org.rapport.account.PasswordPolicy;
import org.rapport.refusal.InvalidInputException;
import org.rapport.account.Role;
import org.rapport.cohort.CohortService;
import org.rapport.course.Course;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.Lesson;
import org.rapport.course.Question;
import org.rapport.course.Scenario;
import org.rapport.grader.Move;
import org.rapport.practice.AttemptMode;
import org.rapport.practice.PracticeService;
import org.rapport.progress.ProgressService;
import org.rapport.review.ReviewService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A demo cohort for a first run on the embedded database, so a newcomer sees full dashboards at once: accounts
 * {@code learner}, {@code supervisor} and {@code admin}, five more learners, five weeks of attempts whose skill
 * grows at different rates, lessons done, knowledge checks and supervisor reviews. Runs once (it stops if the
 * {@code admin} account exists) and never on a configured database unless asked for.
 */
@Component
class DemoData implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String COURSE = "meeting-resistance";
    private static final int WEEKS = 5;

    private final AccountService accounts;
    private final CohortService cohorts;
    private final PracticeService practice;
    private final ProgressService progress;
    private final ReviewService reviews;
    private final CourseCatalogue catalogue;
    private final Clock clock;
    private final String mode;
    private final String datasourceUrl;
    private final String configuredPassword;
    private final TransactionTemplate transactions;
    private final EntityManager entities;

    DemoData(AccountService accounts, CohortService cohorts, PracticeService practice, ProgressService progress,
             ReviewService reviews, CourseCatalogue catalogue, Clock clock, PlatformTransactionManager txManager,
             EntityManager entities,
             RapportProperties settings,
             @Value("${spring.datasource.url:}") String datasourceUrl,
             @Value("${RAPPORT_DEMO_PASSWORD:}") String configuredPassword) {
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.practice = practice;
        this.progress = progress;
        this.reviews = reviews;
        this.catalogue = catalogue;
        this.clock = clock;
        this.mode = settings.demo().enabled();
        this.datasourceUrl = datasourceUrl;
        this.configuredPassword = configuredPassword;
        this.transactions = new TransactionTemplate(txManager);
        this.entities = entities;
    }

    /** "auto" means: only on the embedded H2 default, never on a database someone configured. */
    boolean enabled() {
        return switch (mode) {
            case "true" -> true;
            case "false" -> false;
            default -> datasourceUrl.startsWith("jdbc:h2:");
        };
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled() || accounts.exists("admin")) {
            return;
        }
        if (!configuredPassword.isBlank()) {
            try {
                PasswordPolicy.check(configuredPassword);
            } catch (InvalidInputException weak) {
                throw new IllegalStateException("RAPPORT_DEMO_PASSWORD will not do: " + weak.getMessage()
                        + " No demo data was created.", weak);
            }
        }
        String password = configuredPassword.isBlank() ? randomPassword() : configuredPassword;
        // One transaction: a half-made demo cohort would stop the next start from trying again (it checks for
        // admin), and a few hundred small commits cost about a second of the first start.
        var cohort = transactions.execute(status -> create(password));
        LOG.warn("""

                ==================================================================
                 Demo data created on the embedded database (cohort "{}", invite code {}).
                 Sign in as learner, supervisor or admin (and maya.chen, tomas.okafor, priya.nair,
                 jordan.blake, ines.duarte) with the password: {}
                 {}
                ==================================================================""",
                cohort.name(), cohort.inviteCode(),
                configuredPassword.isBlank() ? password : "(the one in RAPPORT_DEMO_PASSWORD)",
                configuredPassword.isBlank() ? "This password is shown once; set RAPPORT_DEMO_PASSWORD to choose it."
                        : "");
    }

    private CohortService.CohortSummary create(String password) {
        Course course = catalogue.course(COURSE).orElseThrow();
        // name, display name, starting skill, weekly gain: some learners improve fast, one struggles.
        Object[][] learners = {
                {"learner", "Lee Morgan", 0.35, 0.10},
                {"maya.chen", "Maya Chen", 0.55, 0.08},
                {"tomas.okafor", "Tomás Okafor", 0.25, 0.13},
                {"priya.nair", "Priya Nair", 0.60, 0.05},
                {"jordan.blake", "Jordan Blake", 0.20, 0.03},
                {"ines.duarte", "Inês Duarte", 0.45, 0.09}};
        List<AccountService.NewUser> newUsers = new ArrayList<>(List.of(
                new AccountService.NewUser("admin", "Avery Admin", password, Role.ADMIN),
                new AccountService.NewUser("supervisor", "Dr. Sam Rivera", password, Role.SUPERVISOR)));
        for (Object[] l : learners) {
            newUsers.add(new AccountService.NewUser((String) l[0], (String) l[1], password, Role.LEARNER));
        }
        List<AccountService.UserSummary> made = accounts.registerAll(newUsers);
        var supervisor = made.get(1);
        LocalDate today = LocalDate.now(clock);
        var cohort = cohorts.createCohort(supervisor.id(), new CohortService.NewCohort("Autumn practicum",
                COURSE, today.minusWeeks(WEEKS), today.plusWeeks(8), 30));
        Random random = new Random(20261122);
        List<Long> attempts = new ArrayList<>();
        Map<Long, Move> intended = new HashMap<>();
        for (int i = 0; i < learners.length; i++) {
            var learner = made.get(2 + i);
            cohorts.enroll(learner.id(), cohort.inviteCode());
            practise(learner.id(), course, (double) learners[i][2], (double) learners[i][3], random, attempts,
                    intended);
            checkpoint();
        }
        review(supervisor.id(), cohort.id(), intended, random);
        LOG.info("demo data: {} accounts, {} attempts", made.size(), attempts.size());
        return cohort;
    }

    /**
     * Works through the course in order over five weeks, choosing the target move more often as weeks pass. The
     * lessons done and the attempts are imported together once the learner's five weeks are laid out.
     */
    private void practise(long learner, Course course, double skill, double gain, Random random, List<Long> attempts,
                          Map<Long, Move> intended) {
        Instant start = clock.instant().minus(Duration.ofDays(7L * WEEKS));
        List<Lesson> lessons = course.lessons().toList();
        int lessonsReached = Math.min(lessons.size(), 6 + (int) Math.round(gain * 60));
        long span = Duration.ofDays(7L * WEEKS).minusHours(6).toMinutes();
        List<PracticeService.ImportedAttempt> made = new ArrayList<>();
        List<Move> meant = new ArrayList<>();
        Map<String, Instant> completed = new LinkedHashMap<>();
        for (int i = 0; i < lessonsReached; i++) {
            Lesson lesson = lessons.get(i);
            Instant lessonTime = start.plus(Duration.ofMinutes(span * i / lessonsReached));
            double week = Duration.between(start, lessonTime).toDays() / 7.0;
            for (Scenario scenario : lesson.scenarios()) {
                if (random.nextDouble() < 0.35) {
                    continue;
                }
                Move target = scenario.target().target();
                double pTarget = Math.min(0.95, skill + gain * week);
                Move chosen = random.nextDouble() < pTarget ? target
                        : random.nextDouble() < 0.6 ? Move.JUDGING : Move.values()[1 + random.nextInt(3)];
                Instant at = lessonTime.plus(Duration.ofMinutes(5 + random.nextInt(40)));
                made.add(new PracticeService.ImportedAttempt(scenario.id(), scenario.modelReply(chosen).text(),
                        AttemptMode.PRACTICE, at));
                meant.add(chosen);
            }
            completed.put(lesson.id(), lessonTime.plus(Duration.ofMinutes(50)));
            if (random.nextDouble() < 0.7) {
                Map<String, Integer> answers = new HashMap<>();
                for (Question q : lesson.check()) {
                    answers.put(q.id(), random.nextDouble() < 0.6 + skill / 2 ? q.correctOption()
                            : (q.correctOption() + 1) % q.options().size());
                }
                progress.submitKnowledgeCheck(learner, lesson.id(), answers);
            }
        }
        progress.importLessonCompletions(learner, completed);
        List<Long> ids = practice.importAttempts(learner, made);
        for (int i = 0; i < ids.size(); i++) {
            attempts.add(ids.get(i));
            intended.put(ids.get(i), meant.get(i));
        }
    }

    /** The supervisor works through most of the queue, overriding where the grader misread the reply. */
    private void review(long supervisor, long cohortId, Map<Long, Move> intended, Random random) {
        var queue = reviews.reviewQueue(supervisor, cohortId, 0, 200);
        int reviewed = 0;
        for (var item : queue) {
            if (random.nextDouble() < 0.25) {
                continue; // left for the supervisor to do
            }
            if (++reviewed % 20 == 0) {
                checkpoint();
            }
            Move meant = intended.get(item.attemptId());
            Move graded = item.attempt().grade().move();
            if (meant != null && meant != graded) {
                reviews.override(supervisor, item.attemptId(), meant, "Reads to me as " + meant.label()
                        + ": " + comment(meant));
            } else {
                reviews.accept(supervisor, item.attemptId(), random.nextDouble() < 0.5 ? null : comment(meant));
            }
        }
    }

    /**
     * Writes what the demo made so far and lets go of it. Everything is one transaction, and before each query
     * in it Hibernate checks every entity the transaction holds for changes: holding all 144 attempts with their
     * sentences made those checks grow with the square of the demo. The services hand out summary records, never
     * entities, so nothing here still refers to what is let go.
     */
    private void checkpoint() {
        entities.flush();
        entities.clear();
    }

    private static String comment(Move move) {
        if (move == null) {
            return "Agree with the grade.";
        }
        return switch (move) {
            case JUDGING -> "this tells the client what to do before they feel heard. Try reflecting first.";
            case VALIDATING -> "you name why their feeling makes sense without arguing. Nicely done.";
            case REFLECTIVE -> "a clean reflection; they can say 'yes, exactly' and go on.";
            case PARTNERING -> "you hand the choice back to them. Good.";
        };
    }

    private static String randomPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
