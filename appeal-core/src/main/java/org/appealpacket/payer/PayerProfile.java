package org.appealpacket.payer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.SubmissionChannel;
import org.jspecify.annotations.Nullable;

/**
 * What the letters need to know about a payer: whether it is an integrated plan (insurer and
 * physicians in one organization), what it calls its denial notice and its appeals office, how
 * appeals reach it, and its regions. Addresses and numbers are never part of a profile: they come
 * from the case, which copies them from the denial letter. Chosen from {@code plan.payer} by
 * {@link #of(String)}; an unknown payer gets the {@link #NEUTRAL} profile. Immutable.
 */
public final class PayerProfile {
    private final String id;
    private final String name;
    private final boolean integrated;
    private final String denialNotice;
    private final @Nullable String appealUnit;
    private final @Nullable String physicianGroup;
    private final List<SubmissionChannel> routes;
    private final Map<String, List<Jurisdiction>> regions;
    private final List<String> aliases;
    private final Map<String, String> medicalGroups;

    /** Checks that the identifying components are present and copies the lists and the map. */
    PayerProfile(String id, String name, boolean integrated, String denialNotice, @Nullable String appealUnit,
            @Nullable String physicianGroup, List<SubmissionChannel> routes,
            Map<String, List<Jurisdiction>> regions, List<String> aliases, Map<String, String> medicalGroups) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(denialNotice, "denialNotice");
        routes = List.copyOf(routes);
        Map<String, List<Jurisdiction>> copy = new LinkedHashMap<>();
        regions.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        regions = java.util.Collections.unmodifiableMap(copy);
        aliases = List.copyOf(aliases);
        this.id = id;
        this.name = name;
        this.integrated = integrated;
        this.denialNotice = denialNotice;
        this.appealUnit = appealUnit;
        this.physicianGroup = physicianGroup;
        this.routes = routes;
        this.regions = regions;
        this.aliases = aliases;
        this.medicalGroups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(medicalGroups));
    }

    /** A payer we know nothing particular about: plain terms, no regions. */
    public static final PayerProfile NEUTRAL = new PayerProfile("neutral", "", false,
            "adverse benefit determination", null, null,
            List.of(SubmissionChannel.MAIL, SubmissionChannel.FAX, SubmissionChannel.PORTAL), Map.of(), List.of(),
            Map.of());

    /** Kaiser Permanente: Kaiser Foundation Health Plan and the Permanente Medical Groups. */
    public static final PayerProfile KAISER_PERMANENTE = new PayerProfile("kaiser-permanente",
            "Kaiser Permanente", true, "Adverse Benefit Determination", "Member Services",
            "Permanente Medical Group",
            List.of(SubmissionChannel.PORTAL, SubmissionChannel.MAIL, SubmissionChannel.FAX),
            regions(
                    "Northern California", List.of(Jurisdiction.CA),
                    "Southern California", List.of(Jurisdiction.CA),
                    "Colorado", List.of(Jurisdiction.CO),
                    "Georgia", List.of(Jurisdiction.GA),
                    "Hawaii", List.of(Jurisdiction.HI),
                    "Mid-Atlantic States", List.of(Jurisdiction.MD, Jurisdiction.VA, Jurisdiction.DC),
                    "Northwest", List.of(Jurisdiction.OR, Jurisdiction.WA),
                    "Washington", List.of(Jurisdiction.WA)),
            List.of("Kaiser Permanente", "Kaiser", "KP", "Kaiser Foundation Health Plan",
                    "Kaiser Foundation Health Plan, Inc.", "Kaiser Permanente Insurance Company", "KPIC"),
            groups(
                    "Northern California", "The Permanente Medical Group",
                    "Southern California", "Southern California Permanente Medical Group",
                    "Colorado", "Colorado Permanente Medical Group",
                    "Georgia", "The Southeast Permanente Medical Group",
                    "Hawaii", "Hawaii Permanente Medical Group",
                    "Mid-Atlantic States", "Mid-Atlantic Permanente Medical Group",
                    "Northwest", "Northwest Permanente",
                    "Washington", "Washington Permanente Medical Group"));

    private static final List<PayerProfile> KNOWN = List.of(KAISER_PERMANENTE);

    private static Map<String, List<Jurisdiction>> regions(Object... pairs) {
        Map<String, List<Jurisdiction>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<Jurisdiction> list = (List<Jurisdiction>) pairs[i + 1];
            m.put((String) pairs[i], list);
        }
        return m;
    }

    private static Map<String, String> groups(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /**
     * The payer's region for a member in a jurisdiction, or null when the jurisdiction is in none of
     * them or in several and the postal code does not settle which. Two jurisdictions are shared:
     * California (Southern California for ZIP codes 900–935, Northern California for 936–961) and
     * Washington (the Northwest region for the Vancouver area, ZIP codes 986xx; the Washington region
     * elsewhere). These are the usual boundaries, not the payer's own service-area list.
     *
     * @param jurisdiction the plan's jurisdiction
     * @param postalCode the member's ZIP code, or null when not known
     * @return the region's name as {@link #regions()} keys it, or null when it is not settled
     */
    public @Nullable String regionFor(Jurisdiction jurisdiction, @Nullable String postalCode) {
        List<String> here = regionsFor(jurisdiction);
        if (here.size() == 1) {
            return here.get(0);
        }
        if (here.isEmpty() || postalCode == null || !postalCode.strip().matches("\\d{5}(-\\d{4})?")) {
            return null;
        }
        int zip3 = Integer.parseInt(postalCode.strip().substring(0, 3));
        String region = switch (jurisdiction) {
            case CA -> zip3 >= 900 && zip3 <= 935 ? "Southern California"
                    : zip3 >= 936 && zip3 <= 961 ? "Northern California" : null;
            case WA -> zip3 == 986 ? "Northwest" : zip3 >= 980 && zip3 <= 994 ? "Washington" : null;
            default -> null;
        };
        return region != null && here.contains(region) ? region : null;
    }

    /**
     * The medical group of the member's region ({@link #regionFor}).
     *
     * @param jurisdiction the plan's jurisdiction
     * @param postalCode the member's ZIP code, or null when not known
     * @return the group's name, or null when the region or its group is not known
     */
    public @Nullable String medicalGroupFor(Jurisdiction jurisdiction, @Nullable String postalCode) {
        String region = regionFor(jurisdiction, postalCode);
        return region == null ? null : medicalGroups.get(region);
    }

    /**
     * {@return the profile for a payer name as a member writes it: case, spacing and punctuation do not
     * matter ("kaiser", "KP", "Kaiser Foundation Health Plan")} Never fails: an unknown or blank name
     * gives {@link #NEUTRAL}.
     *
     * @param payer the payer's name as the case gives it, or null
     */
    public static PayerProfile of(@Nullable String payer) {
        if (payer == null) {
            return NEUTRAL;
        }
        String key = normalize(payer);
        for (PayerProfile p : KNOWN) {
            for (String alias : p.aliases()) {
                if (normalize(alias).equals(key)) {
                    return p;
                }
            }
        }
        return NEUTRAL;
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * {@return the payer's regions that cover a jurisdiction, in the profile's order (empty if none)}
     *
     * @param jurisdiction the plan's jurisdiction
     */
    public List<String> regionsFor(Jurisdiction jurisdiction) {
        List<String> names = new ArrayList<>();
        regions.forEach((name, list) -> {
            if (list.contains(jurisdiction)) {
                names.add(name);
            }
        });
        return names;
    }

    /**
     * {@return a stable identifier ({@code kaiser-permanente}, {@code neutral})}
     */
    public String id() {
        return id;
    }

    /**
     * {@return the payer's usual name}
     */
    public String name() {
        return name;
    }

    /**
     * {@return whether the insurer and the treating physicians are one organization}
     */
    public boolean integrated() {
        return integrated;
    }

    /**
     * {@return what the payer calls its denial notice}
     */
    public String denialNotice() {
        return denialNotice;
    }

    /**
     * {@return the office that receives appeals, or null if not known}
     */
    public @Nullable String appealUnit() {
        return appealUnit;
    }

    /**
     * {@return the name of the payer's own medical group, or null}
     */
    public @Nullable String physicianGroup() {
        return physicianGroup;
    }

    /**
     * {@return the ways an appeal can be submitted, in the payer's order of preference}
     */
    public List<SubmissionChannel> routes() {
        return routes;
    }

    /**
     * {@return the payer's regions and the jurisdictions each covers}
     */
    public Map<String, List<Jurisdiction>> regions() {
        return regions;
    }

    /**
     * {@return other names, matched case-insensitively}
     */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * {@return the name of each region's own medical group, by region (a region without one is left out)}
     */
    public Map<String, String> medicalGroups() {
        return medicalGroups;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof PayerProfile other && Objects.equals(id, other.id)
            && Objects.equals(name, other.name)
            && integrated == other.integrated
            && Objects.equals(denialNotice, other.denialNotice)
            && Objects.equals(appealUnit, other.appealUnit)
            && Objects.equals(physicianGroup, other.physicianGroup)
            && Objects.equals(routes, other.routes)
            && Objects.equals(regions, other.regions)
            && Objects.equals(aliases, other.aliases)
            && Objects.equals(medicalGroups, other.medicalGroups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, integrated, denialNotice, appealUnit, physicianGroup, routes, regions, aliases, medicalGroups);
    }

    @Override
    public String toString() {
        return "PayerProfile[id=" + id + ", name=" + name + ", integrated=" + integrated + ", denialNotice=" + denialNotice + ", appealUnit=" + appealUnit + ", physicianGroup=" + physicianGroup + ", routes=" + routes + ", regions=" + regions + ", aliases=" + aliases + ", medicalGroups=" + medicalGroups + "]";
    }
}
