package org.appealpacket;

import java.util.Objects;

/**
 * Something the person preparing a packet should check or fix before sending it: what kind of
 * warning it is ({@link #code()}, for a program: a UI hint, a work queue, a metric), where it
 * points ({@link #path()}) and what to do in words ({@link #message()}, for a person). The message
 * never contains a case value. A warning does not stop a packet from being assembled; the codes
 * whose {@link Code#notReady()} is true mean the packet is not ready to send
 * ({@link PacketPlan#ready()}).
 *
 * <p>{@code PacketPlan.warnings()}, {@code Manifest.warnings()} and the manifest JSON's
 * {@code "warnings"} array hold the messages of these warnings, in the same order; the warnings
 * themselves are {@code warningDetails()} and the JSON's {@code "warningDetails"} array.
 */
public final class Warning {

    /**
     * What kind of warning it is. Names are added, never renamed or removed; a warning's
     * {@link Warning#message()} may be reworded between versions, its code is not.
     */
    public enum Code {
        /**
         * The rule row chosen for the case rests on an assumption or on a point the sources leave
         * unsettled (which regulator a California plan answers to, whether a state's insured plans
         * use the state's review); the message says which and what would change it.
         */
        RULE_UNSETTLED(false),
        /** A filing deadline of the pathway has passed (path: the deadline, {@code pathway.internalAppeal.fileBy}). */
        DEADLINE_PASSED(false),
        /** A filing deadline of the pathway is today. */
        DEADLINE_TODAY(false),
        /** A filing deadline of the pathway is within the next fourteen days. */
        DEADLINE_SOON(false),
        /**
         * The deadline shown is the earlier of two readings of when the window starts, or the window
         * itself is not settled; the plan's notice or the final denial letter governs.
         */
        DEADLINE_EARLIEST_READING(false),
        /** Whether the denial may go to external review depends on how the plan framed it. */
        EXTERNAL_REVIEW_DEPENDS_ON_FRAMING(false),
        /** The denial is generally not eligible for external review; the message names the usual route. */
        EXTERNAL_REVIEW_NOT_ELIGIBLE(false),
        /** A pathway value (a window, a clock, the filing route) comes from a secondary source: confirm it. */
        RULE_SECONDARY_SOURCE(false),
        /** A pathway value is uncertain in the sources: confirm it against the letter the message names. */
        RULE_UNCERTAIN(false),
        /** A reason the denial states has no rebuttal that answers it (path: {@code denial.statedReasons[i]}). */
        UNANSWERED_REASON(false),
        /** An integrated plan's appeal without the treating physician's statement (path: {@code physician.statement}). */
        PHYSICIAN_STATEMENT_MISSING(false),
        /** A medical-necessity or experimental-treatment appeal with no clinical record among the exhibits. */
        NO_CLINICAL_RECORD(false),
        /**
         * Not ready: a medical-necessity or experimental-treatment appeal with neither the physician's
         * statement nor a clinical record.
         */
        NO_MEDICAL_EVIDENCE(true),
        /** An expedited request without the physician's urgency certification. */
        URGENCY_CERTIFICATION_MISSING(false),
        /** The case gives no published guideline for the letters to cite. */
        NO_GUIDELINES(false),
        /** Not ready: an external review application without the final internal denial letter among the exhibits. */
        NO_DENIAL_LETTER(true),
        /**
         * Not ready: an external review of an initial denial where the pathway shows no right to skip
         * the internal appeal.
         */
        INITIAL_DENIAL_AT_EXTERNAL_REVIEW(true),
        /** Not ready: a formulary exception request without the prescriber. */
        NO_PRESCRIBER(true),
        /** A formulary exception request that lists no formulary alternative tried. */
        NO_PRIOR_TREATMENTS(false),
        /** An out-of-network or referral denial that names no exception to the network rule. */
        NO_NETWORK_EXCEPTION(false),
        /** An exhibit PDF was damaged and repaired (path: {@code exhibits[i]}); check that every page is there. */
        EXHIBIT_REPAIRED(false),
        /** An exhibit PDF encrypted with an owner password only was copied unencrypted. */
        EXHIBIT_DECRYPTED(false),
        /** An exhibit PDF's form fields were flattened so that their values print. */
        EXHIBIT_FORM_FLATTENED(false),
        /** An exhibit image too large to decode whole was placed at a lower resolution. */
        EXHIBIT_IMAGE_DOWNSAMPLED(false),
        /** A volume of a split packet is larger than the byte limit of the options (path: {@code volumes[i]}). */
        VOLUME_OVER_LIMIT(false),
        /** Fax covers were asked for but the case gives no fax number (path: {@code submission.fax}). */
        FAX_NUMBER_MISSING(false);

        private final boolean notReady;

        Code(boolean notReady) {
            this.notReady = notReady;
        }

        /**
         * Whether a warning of this code would sink the appeal, so that the packet is not ready to
         * send ({@link PacketPlan#notReady()}).
         *
         * @return true for the codes that make a packet not ready
         */
        public boolean notReady() {
            return notReady;
        }
    }

    private final Code code;
    private final String path;
    private final String message;

    private Warning(Code code, String path, String message) {
        this.code = Objects.requireNonNull(code, "code");
        this.path = Objects.requireNonNull(path, "path");
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * A warning.
     *
     * @param code what kind of warning it is
     * @param path where it points: a case-file field path ({@code denial.statedReasons[0]},
     *     {@code exhibits[2]}), a pathway value in manifest-JSON notation
     *     ({@code pathway.externalReview.fileBy}) or a part of the written packet ({@code volumes[1]})
     * @param message what to check or do, in plain words, without case values
     * @return the warning
     */
    public static Warning of(Code code, String path, String message) {
        return new Warning(code, path, message);
    }

    /**
     * What kind of warning it is.
     *
     * @return the code; never null
     */
    public Code code() {
        return code;
    }

    /**
     * Where the warning points, in the notation of {@link #of(Code, String, String)}.
     *
     * @return the path; never null, {@code pathway} when it is about the pathway as a whole
     */
    public String path() {
        return path;
    }

    /**
     * What to check or do, in plain words; the text {@code warnings()} lists.
     *
     * @return the message; never null, never a case value
     */
    public String message() {
        return message;
    }

    /**
     * Whether this warning makes the packet not ready to send (its code's {@link Code#notReady()}).
     *
     * @return true when the packet is not ready because of it
     */
    public boolean notReady() {
        return code.notReady();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Warning w && code == w.code && path.equals(w.path) && message.equals(w.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, path, message);
    }

    /**
     * The warning as the command line prints it.
     *
     * @return the message
     */
    @Override
    public String toString() {
        return message;
    }
}
