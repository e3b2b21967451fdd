package org.rapport.course;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.grader.Move;
import org.rapport.grader.ResponseGrader;
import org.rapport.grader.ScenarioTarget;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads course content from files: {@code courses/<course>/course.yaml} lists the course-module files beside it,
 * in teaching order. Every rule is checked before anything is returned, and all problems are reported together
 * in an {@link InvalidContentException}; a course with a problem is never half-loaded.
 */
public final class CourseContentLoader {
    private static final int MAX_FILE_BYTES = 2_000_000;

    private final ResourcePatternResolver resolver;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> scenarioFiles = new HashMap<>();

    private CourseContentLoader(ResourcePatternResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * Loads every course under a content location.
     *
     * @param location where the {@code courses} folder is, e.g. {@code classpath*:content/} or
     *                 {@code file:/srv/rapport/content/}
     * @throws InvalidContentException naming the file, line and field of every problem
     */
    public static List<Course> load(ResourcePatternResolver resolver, String location) {
        return new CourseContentLoader(resolver).loadAll(location.endsWith("/") ? location : location + "/");
    }

    private List<Course> loadAll(String location) {
        Resource[] found;
        try {
            found = resolver.getResources(location + "courses/*/course.yaml");
        } catch (IOException e) {
            throw new InvalidContentException(List.of(location + ": cannot be read (" + e.getMessage() + ")"));
        }
        Arrays.sort(found, Comparator.comparing(CourseContentLoader::displayName));
        List<Course> courses = new ArrayList<>();
        Map<String, String> courseFiles = new HashMap<>();
        for (Resource resource : found) {
            Course course = readCourse(resource);
            if (course != null) {
                String previous = courseFiles.putIfAbsent(course.id(), displayName(resource));
                if (previous != null) {
                    problems.add(displayName(resource) + ": id '" + course.id() + "' is already used by " + previous);
                }
                courses.add(course);
            }
        }
        if (found.length == 0) {
            problems.add(location + "courses/: no course found (each course is a folder with a course.yaml)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        return List.copyOf(courses);
    }

    private Course readCourse(Resource courseFile) {
        String file = displayName(courseFile);
        MessageDigest digest = sha256();
        YamlFields fields = parse(courseFile, file, digest);
        if (fields == null) {
            return null;
        }
        String id = fields.slug("id");
        String title = fields.text("title");
        String summary = fields.text("summary");
        String notice = fields.text("notice");
        List<String> moduleFiles = fields.texts("modules", 1, 30);
        fields.noOtherFields(List.of("id", "title", "summary", "notice", "modules"));

        Ids ids = new Ids();
        List<CourseModule> modules = new ArrayList<>();
        for (int i = 0; i < moduleFiles.size(); i++) {
            String name = moduleFiles.get(i);
            if (name.contains("/") || name.contains("\\") || !name.endsWith(".yaml")) {
                fields.problem("modules", "item " + i + " '" + name + "' should be a .yaml file name beside course.yaml");
                continue;
            }
            Resource moduleFile;
            try {
                moduleFile = courseFile.createRelative(name);
            } catch (IOException e) {
                fields.problem("modules", "item " + i + " '" + name + "' cannot be opened: " + e.getMessage());
                continue;
            }
            if (!moduleFile.exists()) {
                fields.problem("modules", "item " + i + " '" + name + "' does not exist beside course.yaml");
                continue;
            }
            YamlFields module = parse(moduleFile, displayName(moduleFile), digest);
            if (module != null) {
                modules.add(readModule(module, ids));
            }
        }
        String version = "cv-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        return new Course(id, title, summary, notice, version, modules);
    }

    private CourseModule readModule(YamlFields m, Ids ids) {
        String id = m.slug("id");
        ids.claim(m, "id", "course module", id);
        String title = m.text("title");
        String summary = m.text("summary");
        List<Lesson> lessons = new ArrayList<>();
        for (YamlFields l : m.objects("lessons", 1, 10)) {
            lessons.add(readLesson(l, ids));
        }
        m.noOtherFields(List.of("id", "title", "summary", "lessons"));
        return new CourseModule(id, title, summary, lessons);
    }

    private Lesson readLesson(YamlFields l, Ids ids) {
        String id = l.slug("id");
        ids.claim(l, "id", "lesson", id);
        String title = l.text("title");
        int minutes = l.integer("minutes", 5, 240);
        List<String> objectives = l.texts("objectives", 1, 8);
        List<Lesson.ReadingSection> reading = new ArrayList<>();
        for (YamlFields r : l.objects("reading", 1, 12)) {
            reading.add(new Lesson.ReadingSection(r.text("heading"), r.text("body")));
            r.noOtherFields(List.of("heading", "body"));
        }
        List<Lesson.WorkedExample> examples = new ArrayList<>();
        for (YamlFields e : l.objects("examples", 0, 6)) {
            examples.add(new Lesson.WorkedExample(e.text("title"), e.text("client"), e.text("reply"),
                    move(e, "move", true), e.text("commentary")));
            e.noOtherFields(List.of("title", "client", "reply", "move", "commentary"));
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (YamlFields s : l.objects("scenarios", 0, 12)) {
            Scenario scenario = readScenario(s);
            if (scenario != null) {
                scenarios.add(scenario);
            }
        }
        List<Question> check = new ArrayList<>();
        for (YamlFields q : l.objects("check", 1, 12)) {
            Question question = readQuestion(q, ids);
            if (question != null) {
                check.add(question);
            }
        }
        l.noOtherFields(List.of("id", "title", "minutes", "objectives", "reading", "examples", "scenarios", "check"));
        return new Lesson(id, title, minutes, objectives, reading, examples, scenarios, check);
    }

    private Scenario readScenario(YamlFields s) {
        String id = s.slug("id");
        String previous = id.isEmpty() ? null : scenarioFiles.putIfAbsent(id, s.location());
        if (previous != null) {
            s.problem("id", "'" + id + "' is already the id of the scenario at " + previous
                    + "; scenario ids are unique across courses");
        }
        YamlFields p = s.object("persona");
        var persona = new Scenario.Persona(p.text("name"), p.integer("age", 8, 110), p.text("setting"),
                p.text("background"));
        p.noOtherFields(List.of("name", "age", "setting", "background"));
        String client = s.text("client");
        Move target = move(s, "target", false);
        Set<Move> acceptable = EnumSet.noneOf(Move.class);
        for (String label : s.texts("acceptable", 0, 2)) {
            Move move = parseMove(label);
            if (move == null || move == Move.JUDGING || move == target) {
                s.problem("acceptable", "'" + label + "' should be another move that also works here: "
                        + "validating, reflective or partnering, not judging and not the target");
            } else {
                acceptable.add(move);
            }
        }
        String hint = s.text("hint");
        YamlFields r = s.object("replies");
        Map<Move, Scenario.ModelReply> replies = new EnumMap<>(Move.class);
        for (Move move : Move.values()) {
            YamlFields reply = r.object(move.label());
            String text = reply.text("text");
            if (text.length() > ResponseGrader.MAX_REPLY_CHARS) {
                reply.problem("text", "is longer than a learner may type (" + ResponseGrader.MAX_REPLY_CHARS + ")");
            }
            replies.put(move, new Scenario.ModelReply(text, reply.text("why")));
            reply.noOtherFields(List.of("text", "why"));
        }
        r.noOtherFields(Arrays.stream(Move.values()).map(Move::label).toList());
        s.noOtherFields(List.of("id", "persona", "client", "target", "acceptable", "hint", "replies"));
        if (target == null || target == Move.JUDGING) {
            return null;
        }
        return new Scenario(id, persona, client, new ScenarioTarget(target, acceptable), hint, replies);
    }

    private Question readQuestion(YamlFields q, Ids ids) {
        String id = q.slug("id");
        ids.claim(q, "id", "question", id);
        String text = q.text("question");
        List<Question.Option> options = new ArrayList<>();
        for (YamlFields o : q.objects("options", 2, 6)) {
            options.add(new Question.Option(o.text("text"), o.bool("correct"), o.text("explanation")));
            o.noOtherFields(List.of("text", "correct", "explanation"));
        }
        q.noOtherFields(List.of("id", "question", "options"));
        long correct = options.stream().filter(Question.Option::correct).count();
        if (correct != 1) {
            q.problem("options", "has " + correct + " options marked 'correct: true'; exactly one must be");
            return null;
        }
        return new Question(id, text, options);
    }

    private Move move(YamlFields f, String key, boolean judgingAllowed) {
        String label = f.text(key);
        Move move = parseMove(label);
        if (!label.isEmpty() && (move == null || (!judgingAllowed && move == Move.JUDGING))) {
            f.problem(key, "'" + label + "' should be one of " + (judgingAllowed ? "judging, " : "")
                    + "validating, reflective, partnering" + (judgingAllowed ? "" : " (a lesson never teaches judging)"));
        }
        return move;
    }

    private static Move parseMove(String label) {
        try {
            return Move.fromLabel(label);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private YamlFields parse(Resource resource, String file, MessageDigest digest) {
        byte[] bytes;
        try (InputStream in = resource.getInputStream()) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            problems.add(file + ": cannot be read (" + e.getMessage() + ")");
            return null;
        }
        if (bytes.length > MAX_FILE_BYTES) {
            problems.add(file + ": is larger than " + MAX_FILE_BYTES / 1_000_000 + " MB; split it into smaller files");
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(file + ": is not UTF-8 text; save it as UTF-8");
            return null;
        }
        digest.update(file.getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(true); // reported by YamlFields with the line, instead of a bare exception
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problems.add(file + ": is empty");
                return null;
            }
            return YamlFields.root(file, root, problems);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            problems.add(file + (mark == null ? "" : " line " + (mark.getLine() + 1)) + ": is not valid YAML: "
                    + e.getProblem() + " (check the indentation and quote text containing ': ')");
            return null;
        } catch (YAMLException e) {
            problems.add(file + ": is not valid YAML: " + e.getMessage());
            return null;
        }
    }

    /** "courses/meeting-resistance/03-empathize.yaml": what an author sees in the repository. */
    private static String displayName(Resource resource) {
        String url;
        try {
            url = resource.getURL().toString();
        } catch (IOException e) {
            url = String.valueOf(resource.getFilename());
        }
        int at = url.lastIndexOf("/courses/");
        return at >= 0 ? url.substring(at + 1) : url;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Ids of one course, unique per kind so records can refer to them. */
    private static final class Ids {
        private final Map<String, String> seen = new HashMap<>();

        void claim(YamlFields where, String key, String kind, String id) {
            String previous = id.isEmpty() ? null : seen.putIfAbsent(kind + ":" + id, where.location());
            if (previous != null) {
                where.problem(key, "'" + id + "' is already the id of the " + kind + " at " + previous);
            }
        }
    }
}
