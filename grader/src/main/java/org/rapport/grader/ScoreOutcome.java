package org.rapport.grader;

/** How a reply met what a scenario teaches; each outcome has its own feedback. */
public enum ScoreOutcome {
    /** The reply made the move the lesson teaches. */
    TARGET,
    /** The reply made another move that also works here. */
    ACCEPTABLE,
    /** The reply stayed respectful but missed what this moment calls for. */
    OTHER_MOVE,
    /** A sentence pushed against the person. */
    JUDGING
}
