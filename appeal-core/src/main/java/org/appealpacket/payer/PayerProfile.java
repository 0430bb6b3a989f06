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
 *
 * @param id a stable identifier ({@code kaiser-permanente}, {@code neutral})
 * @param name the payer's usual name
 * @param integrated whether the insurer and the treating physicians are one organisation
 * @param denialNotice what the payer calls its denial notice
 * @param appealUnit the office that receives appeals, or null if not known
 * @param physicianGroup what the payer's own medical groups are called in general, or null
 * @param routes the ways an appeal can be submitted, in the payer's order of preference
 * @param regions the payer's regions and the jurisdictions each covers
 * @param aliases other names, matched case-insensitively
 * @param medicalGroups the name of each region's own medical group, by region (a region without one
 *     is left out)
 */
public record PayerProfile(String id, String name, boolean integrated, String denialNotice,
        @Nullable String appealUnit, @Nullable String physicianGroup, List<SubmissionChannel> routes,
        Map<String, List<Jurisdiction>> regions, List<String> aliases, Map<String, String> medicalGroups) {

    /** Checks that the identifying components are present and copies the lists and the map. */
    public PayerProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(denialNotice, "denialNotice");
        routes = List.copyOf(routes);
        Map<String, List<Jurisdiction>> copy = new LinkedHashMap<>();
        regions.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        regions = java.util.Collections.unmodifiableMap(copy);
        aliases = List.copyOf(aliases);
        medicalGroups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(medicalGroups));
    }

    /** A profile without regional medical groups. */
    public PayerProfile(String id, String name, boolean integrated, String denialNotice, @Nullable String appealUnit,
            @Nullable String physicianGroup, List<SubmissionChannel> routes, Map<String, List<Jurisdiction>> regions,
            List<String> aliases) {
        this(id, name, integrated, denialNotice, appealUnit, physicianGroup, routes, regions, aliases, Map.of());
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
     * @param postalCode the member's ZIP code, or null when not known
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

    /** The name of the medical group of the member's region ({@link #regionFor}), or null when not known. */
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
        String key = normalise(payer);
        for (PayerProfile p : KNOWN) {
            for (String alias : p.aliases()) {
                if (normalise(alias).equals(key)) {
                    return p;
                }
            }
        }
        return NEUTRAL;
    }

    private static String normalise(String s) {
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
}
