package org.appealpacket.internal.render;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.appealpacket.internal.support.Records;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.CareSituation;
import org.appealpacket.payer.PayerProfile;
import org.appealpacket.rules.Pathway;
import org.jspecify.annotations.Nullable;

/**
 * Turns model records into what templates see: maps, lists and strings with the case file's field
 * names. Enumerations become their names, dates their long form in the packet's language, amounts
 * a currency string. Absent values are left out, so templates test them with {@code ??}.
 */
public final class TemplateModel {
    private final Locale locale;
    private final DateTimeFormatter dates;

    public TemplateModel(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    public @Nullable Object convert(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Integer i -> i;
            case Long l -> l;
            case Enum<?> e -> e.name();
            case LocalDate d -> date(d);
            case BigDecimal amount -> {
                NumberFormat f = NumberFormat.getCurrencyInstance(locale);
                f.setCurrency(java.util.Currency.getInstance("USD"));
                yield f.format(amount);
            }
            case List<?> list -> {
                List<Object> out = new ArrayList<>(list.size());
                for (Object item : list) {
                    Object converted = convert(item);
                    if (converted != null) {
                        out.add(converted);
                    }
                }
                yield out;
            }
            case Map<?, ?> map -> {
                Map<String, Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> {
                    Object converted = convert(v);
                    if (converted != null) {
                        out.put(String.valueOf(k), converted);
                    }
                });
                yield out;
            }
            case Record r -> record(r);
            case Object o when isOutputValue(o) -> values(o);
            default -> value.toString();
        };
    }

    public Map<String, Object> record(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object converted = convert(Records.read(c, r));
            if (converted != null) {
                out.put(c.getName(), converted);
            }
        }
        return out;
    }

    /**
     * Whether a value is one of the API's output values (a pathway and its parts, a payer's
     * profile): final classes whose accessors are named as their fields, as a record's are.
     */
    private static boolean isOutputValue(Object o) {
        String pkg = o.getClass().getPackageName();
        return pkg.equals("org.appealpacket.rules") || pkg.equals("org.appealpacket.payer");
    }

    /**
     * An output value as templates see it: each field under its name, read through its accessor,
     * in the order the class declares them, converted as a record's components are.
     */
    public Map<String, Object> values(Object value) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field f : value.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            Object converted;
            try {
                converted = convert(value.getClass().getMethod(f.getName()).invoke(value));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + f.getName(), e);
            }
            if (converted != null) {
                out.put(f.getName(), converted);
            }
        }
        return out;
    }

    /**
     * What every template sees, packet section or member document: the case's fields, plus
     * {@code pathway}, {@code payer} (its profile, with {@code regionsHere} for the case's
     * jurisdiction and, where the member's region is known, {@code region} and its
     * {@code medicalGroup}), {@code situationsHere} (the care situations the case states or implies,
     * in the enumeration's order), {@code today}, {@code locale} and {@code memberAge} (whole years on
     * {@code today}, for rules that depend on age: a minor's parent, Medicaid's under-21
     * standard). Callers add what is theirs.
     */
    public Map<String, Object> common(AppealCase appealCase, Pathway pathway, LocalDate today) {
        Map<String, Object> model = new HashMap<>(record(appealCase));
        Object path = convert(pathway);
        if (path != null) {
            model.put("pathway", path);
        }
        PayerProfile payer = PayerProfile.of(appealCase.plan().payer());
        Map<String, Object> payerModel = new LinkedHashMap<>(values(payer));
        payerModel.remove("aliases");
        payerModel.put("regionsHere", payer.regionsFor(appealCase.plan().jurisdiction()));
        String postalCode = appealCase.member() == null || appealCase.member().address() == null ? null
                : appealCase.member().address().postalCode();
        String region = payer.regionFor(appealCase.plan().jurisdiction(), postalCode);
        if (region != null) {
            payerModel.put("region", region);
        }
        String group = payer.medicalGroupFor(appealCase.plan().jurisdiction(), postalCode);
        if (group != null) {
            payerModel.put("medicalGroup", group);
        }
        payerModel.remove("medicalGroups");
        List<String> situations = new ArrayList<>();
        for (CareSituation s : CareSituation.values()) {
            if (appealCase.has(s)) {
                situations.add(s.name());
            }
        }
        model.put("situationsHere", situations);
        model.put("payer", payerModel);
        model.put("today", date(today));
        if (appealCase.member() != null && appealCase.member().dateOfBirth() != null
                && !appealCase.member().dateOfBirth().isAfter(today)) {
            model.put("memberAge", java.time.Period.between(appealCase.member().dateOfBirth(), today).getYears());
        }
        model.put("locale", locale.toLanguageTag());
        return model;
    }
}
