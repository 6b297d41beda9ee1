package backplan.catalog;

/** A harder or easier form of an exercise, numbered from 1 in catalog order. */
public record Level(int number, String name, String description, Prescription prescription) {}
