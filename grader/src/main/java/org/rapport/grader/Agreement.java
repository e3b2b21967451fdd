package org.rapport.grader;

/**
 * A confusion matrix over the four moves and the figures read off it: accuracy, per-move precision,
 * recall and F1, macro-F1 and Cohen's kappa. Rows are the reference label, columns the predicted one.
 * Also used to measure how far supervisors agree with the grader.
 */
public final class Agreement {
    private final int[][] counts = new int[4][4];

    public void add(Move reference, Move predicted) {
        counts[reference.ordinal()][predicted.ordinal()]++;
    }

    public int total() {
        int n = 0;
        for (int[] row : counts) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }

    public int count(Move reference, Move predicted) {
        return counts[reference.ordinal()][predicted.ordinal()];
    }

    public double accuracy() {
        int n = total();
        if (n == 0) {
            return 0;
        }
        int agree = 0;
        for (int i = 0; i < 4; i++) {
            agree += counts[i][i];
        }
        return (double) agree / n;
    }

    public double precision(Move move) {
        int m = move.ordinal();
        int predicted = 0;
        for (int[] row : counts) {
            predicted += row[m];
        }
        return predicted == 0 ? 0 : (double) counts[m][m] / predicted;
    }

    public double recall(Move move) {
        int m = move.ordinal();
        int actual = 0;
        for (int c : counts[m]) {
            actual += c;
        }
        return actual == 0 ? 0 : (double) counts[m][m] / actual;
    }

    public double f1(Move move) {
        double p = precision(move);
        double r = recall(move);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Mean F1 over the moves that occur in the reference labels. */
    public double macroF1() {
        double sum = 0;
        int present = 0;
        for (Move move : Move.values()) {
            int actual = 0;
            for (int c : counts[move.ordinal()]) {
                actual += c;
            }
            if (actual > 0) {
                sum += f1(move);
                present++;
            }
        }
        return present == 0 ? 0 : sum / present;
    }

    /** Cohen's kappa: agreement beyond what the two label distributions would give by chance. */
    public double kappa() {
        int n = total();
        if (n == 0) {
            return 0;
        }
        double chance = 0;
        for (int m = 0; m < 4; m++) {
            double rowShare = 0;
            double colShare = 0;
            for (int k = 0; k < 4; k++) {
                rowShare += counts[m][k];
                colShare += counts[k][m];
            }
            chance += (rowShare / n) * (colShare / n);
        }
        return chance >= 1 ? 1 : (accuracy() - chance) / (1 - chance);
    }

    /** Kappa for one move against the rest (both raters' yes/no for that move). */
    public double kappa(Move move) {
        int n = total();
        if (n == 0) {
            return 0;
        }
        int m = move.ordinal();
        double both = counts[m][m];
        double refYes = 0;
        double predYes = 0;
        for (int k = 0; k < 4; k++) {
            refYes += counts[m][k];
            predYes += counts[k][m];
        }
        double neither = n - refYes - predYes + both;
        double observed = (both + neither) / n;
        double chance = (refYes / n) * (predYes / n) + ((n - refYes) / n) * ((n - predYes) / n);
        return chance >= 1 ? 1 : (observed - chance) / (1 - chance);
    }
}
