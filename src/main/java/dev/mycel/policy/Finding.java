package dev.mycel.policy;

/**
 * One thing the validator noticed: a stable rule id, a sentence a user understands, the line
 * (1-based) it is on, and what it asks for.
 */
public record Finding(String rule, String message, int line, Decision decision, Risk risk) {
}
