package org.appealpacket.model;

/**
 * A US state or the District of Columbia, by its two-letter postal code. The jurisdiction whose
 * law governs the plan decides the external review program.
 */
public enum Jurisdiction {
    /** Alabama. */
    AL("Alabama"),
    /** Alaska. */
    AK("Alaska"),
    /** Arizona. */
    AZ("Arizona"),
    /** Arkansas. */
    AR("Arkansas"),
    /** California. */
    CA("California"),
    /** Colorado. */
    CO("Colorado"),
    /** Connecticut. */
    CT("Connecticut"),
    /** Delaware. */
    DE("Delaware"),
    /** District of Columbia. */
    DC("District of Columbia"),
    /** Florida. */
    FL("Florida"),
    /** Georgia. */
    GA("Georgia"),
    /** Hawaii. */
    HI("Hawaii"),
    /** Idaho. */
    ID("Idaho"),
    /** Illinois. */
    IL("Illinois"),
    /** Indiana. */
    IN("Indiana"),
    /** Iowa. */
    IA("Iowa"),
    /** Kansas. */
    KS("Kansas"),
    /** Kentucky. */
    KY("Kentucky"),
    /** Louisiana. */
    LA("Louisiana"),
    /** Maine. */
    ME("Maine"),
    /** Maryland. */
    MD("Maryland"),
    /** Massachusetts. */
    MA("Massachusetts"),
    /** Michigan. */
    MI("Michigan"),
    /** Minnesota. */
    MN("Minnesota"),
    /** Mississippi. */
    MS("Mississippi"),
    /** Missouri. */
    MO("Missouri"),
    /** Montana. */
    MT("Montana"),
    /** Nebraska. */
    NE("Nebraska"),
    /** Nevada. */
    NV("Nevada"),
    /** New Hampshire. */
    NH("New Hampshire"),
    /** New Jersey. */
    NJ("New Jersey"),
    /** New Mexico. */
    NM("New Mexico"),
    /** New York. */
    NY("New York"),
    /** North Carolina. */
    NC("North Carolina"),
    /** North Dakota. */
    ND("North Dakota"),
    /** Ohio. */
    OH("Ohio"),
    /** Oklahoma. */
    OK("Oklahoma"),
    /** Oregon. */
    OR("Oregon"),
    /** Pennsylvania. */
    PA("Pennsylvania"),
    /** Rhode Island. */
    RI("Rhode Island"),
    /** South Carolina. */
    SC("South Carolina"),
    /** South Dakota. */
    SD("South Dakota"),
    /** Tennessee. */
    TN("Tennessee"),
    /** Texas. */
    TX("Texas"),
    /** Utah. */
    UT("Utah"),
    /** Vermont. */
    VT("Vermont"),
    /** Virginia. */
    VA("Virginia"),
    /** Washington. */
    WA("Washington"),
    /** West Virginia. */
    WV("West Virginia"),
    /** Wisconsin. */
    WI("Wisconsin"),
    /** Wyoming. */
    WY("Wyoming");

    private final String displayName;

    Jurisdiction(String displayName) {
        this.displayName = displayName;
    }

    /** {@return the jurisdiction's English name, for example {@code "District of Columbia"}} */
    public String displayName() {
        return displayName;
    }
}
