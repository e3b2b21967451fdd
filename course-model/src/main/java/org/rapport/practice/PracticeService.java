package org.rapport.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.grader.Cue;
import org.rapport.grader.GradedResponse;
import org.rapport.grader.GradedSentence;
import org.rapport.grader.Move;
import org.rapport.grader.ResponseGrader;
import org.springframework.stereotype.Service;

/** Practising replies: grades what a learner would say and returns feedback for the screen. */
@Service
public class PracticeService {
    private final ResponseGrader grader;

    public PracticeService(ResponseGrader grader) {
        this.grader = grader;
    }

    /**
     * Grades a free practice reply.
     *
     * @param reply  what the learner would say
     * @param prompt what the client said, or null
     * @throws org.rapport.grader.ReplyRejectedException with a message for the learner when the reply
     *         is empty, too long or not text
     */
    public ReplyFeedback gradeReply(String reply, String prompt) {
        GradedResponse graded = grader.grade(reply, prompt);
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Move m : Move.values()) {
            shares.put(m.label(), graded.scores().get(m));
        }
        List<ReplyFeedback.SentenceFeedback> sentences = new ArrayList<>();
        for (GradedSentence s : graded.sentences()) {
            List<ReplyFeedback.Highlight> cues = new ArrayList<>();
            for (Cue c : s.cues()) {
                cues.add(new ReplyFeedback.Highlight(c.start() - s.start(), c.end() - s.start()));
            }
            sentences.add(new ReplyFeedback.SentenceFeedback(s.text(), s.label().label(), s.confidence(), cues));
        }
        return new ReplyFeedback(graded.label().label(), graded.confidence(), graded.unsure(), shares, sentences,
                graded.modelVersion());
    }

    /** The longest reply the grader accepts, for input limits in the UI. */
    public int maxReplyLength() {
        return ResponseGrader.MAX_REPLY_CHARS;
    }
}
