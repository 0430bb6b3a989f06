package org.appealpacket.model;

/**
 * One piece of evidence.
 *
 * @param label the exhibit's letter ("A", "B", … or "A1"): unique within the case
 * @param title what it is, as the index shows it
 * @param kind what kind of document it is
 * @param file the file (PDF, JPEG, PNG or TIFF), relative to the case folder; it may not leave that folder
 */
public record Exhibit(String label, String title, ExhibitKind kind, String file) {
}
