package dev.mycel.patterns;

/**
 * What kind of value a slot holds, which decides how it is found in a request and how it is
 * normalised before it reaches the code (always through the environment, never the source).
 */
public enum SlotType {
    /** A file or folder: {@code ~} expanded, relative to the working directory, passed absolute. */
    PATH,
    /** A shell-style name pattern such as {@code *.py}; passed as written. */
    GLOB,
    /** A whole number, passed in decimal. */
    NUMBER,
    /** An amount of data such as {@code 100M} or {@code 1.5 GB}; passed as bytes. */
    SIZE,
    /** Free text, usually quoted in the request. */
    TEXT,
    /** A length of time such as {@code 3 days} or {@code 2h}; passed as seconds. */
    DURATION
}
