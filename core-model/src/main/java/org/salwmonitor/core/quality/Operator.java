package org.salwmonitor.core.quality;

/**
 * The comparison of a {@link ValidationRule}: left side, operator, right side. A rule holds when
 * {@code left operator right} is true.
 */
public enum Operator {
    /** Equal. */
    EQ("=="),
    /** Less than or equal. */
    LE("<="),
    /** Less than. */
    LT("<"),
    /** Greater than or equal. */
    GE(">="),
    /** Greater than. */
    GT(">"),
    /** Not equal. */
    NE("!=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /**
     * Tells whether {@code left operator right} holds.
     *
     * @param left   the value of the left side
     * @param right  the value of the right side
     * @return true if the comparison holds
     */
    public boolean test(long left, long right) {
        return switch (this) {
            case EQ -> left == right;
            case LE -> left <= right;
            case LT -> left < right;
            case GE -> left >= right;
            case GT -> left > right;
            case NE -> left != right;
        };
    }

    /** Returns the symbol, such as {@code <=}, used in messages in every language. */
    public String symbol() {
        return symbol;
    }
}
