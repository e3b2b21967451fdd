package org.rapport.practice;

/** Practice shows feedback at once; assessment holds it until the lesson's set is done, to show unassisted skill. */
public enum AttemptMode {
    PRACTICE, ASSESSMENT
}
