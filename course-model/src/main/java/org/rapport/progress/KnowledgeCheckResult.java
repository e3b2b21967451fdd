package org.rapport.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/** One sitting of a lesson's knowledge check: every answer, and the content version the questions came from. */
@Entity
public class KnowledgeCheckResult {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long learnerId;
    private String courseId;
    private String moduleId;
    private String lessonId;
    private String contentVersion;
    private int correct;
    private int total;
    private Instant takenAt;
    @ElementCollection
    @CollectionTable(name = "knowledge_check_answer", joinColumns = @JoinColumn(name = "result_id"))
    @OrderColumn(name = "position")
    private List<Answer> answers = new ArrayList<>();

    protected KnowledgeCheckResult() {
    }

    static KnowledgeCheckResult record(long learnerId, String courseId, String moduleId, String lessonId,
                                       String contentVersion, List<Answer> answers, Instant now) {
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("a knowledge check has at least one answer");
        }
        KnowledgeCheckResult r = new KnowledgeCheckResult();
        r.learnerId = learnerId;
        r.courseId = courseId;
        r.moduleId = moduleId;
        r.lessonId = lessonId;
        r.contentVersion = contentVersion;
        r.answers.addAll(answers);
        r.total = answers.size();
        r.correct = (int) answers.stream().filter(Answer::correct).count();
        r.takenAt = now;
        return r;
    }

    /** The option a learner chose for a question, and whether it was the key. */
    @Embeddable
    public record Answer(String questionId, int chosen, boolean correct) {
    }

    public Long getId() {
        return id;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public String getLessonId() {
        return lessonId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public int getCorrect() {
        return correct;
    }

    public int getTotal() {
        return total;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public String getContentVersion() {
        return contentVersion;
    }

    public List<Answer> getAnswers() {
        return List.copyOf(answers);
    }
}
