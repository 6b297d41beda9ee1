package backplan.catalog;

/**
 * What the left and the right sets of a per-side exercise mean ("lying on your left side", "left ankle crossed on
 * top"), and what to change between them ("cross the other leg on top"), so that "left" never leaves a person
 * guessing whether to lie on it or to work it.
 */
public record Sides(String left, String right, String change) {}
