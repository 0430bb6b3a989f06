package org.appealpacket.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.appealpacket.model.AppealCase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Read → write → read gives an equal case, for cases generated over the whole model: every
 * component of every record, with nulls, empty and null-holding lists, and text no parser should
 * bend (quotes, backslashes, control characters, emoji, a lone surrogate, right-to-left marks).
 */
class CaseJsonRoundTripTest {
    static final List<String> TEXT = List.of("", " ", "Ana María Pérez", "\"quoted\" \\ back/slash", "line\nbreak\ttab\r",
            "\u0000\u001f control", "emoji \uD83D\uDE00", "lone \uD800 surrogate", "\u202Eright-to-left\u202C",
            "漢字 한글", "x".repeat(2000), "</script><!--", "{\"not\": \"json\"}", "_comment", "$schema");

    @Test
    void generatedCases_survivewriteThenRead() {
        Random random = new Random(20261128L);
        for (int i = 0; i < 500; i++) {
            AppealCase c = (AppealCase) generate(AppealCase.class, random, 0);
            String json = CaseJson.toJson(c);
            CaseReading back = CaseJson.read(json);
            assertThat(back.readingProblems()).as("case %d:%n%s", i, json).isEmpty();
            assertThat(back.caseAsRead()).as("case %d", i).contains(c);
            assertThat(CaseJson.toJson(back.caseAsRead().orElseThrow())).isEqualTo(json);
        }
    }

    @Test
    void anEmptyCase_isAnEmptyObject() {
        AppealCase empty = CaseJson.read("{}").caseAsRead().orElseThrow();
        assertThat(CaseJson.toJson(empty)).isEqualTo("{ }\n");
        assertThat(CaseJson.read(CaseJson.toJson(empty)).caseAsRead()).contains(empty);
    }

    static @Nullable Object generate(Type type, Random random, int depth) {
        Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
        if (raw == List.class) {
            if (random.nextInt(6) == 0) {
                return null;
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>();
            for (int n = random.nextInt(4); n > 0; n--) {
                list.add(random.nextInt(8) == 0 ? null : generate(element, random, depth + 1));
            }
            return list;
        }
        if (depth > 0 && random.nextInt(5) == 0) {
            return null;
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = generate(components[i].getGenericType(), random, depth + 1);
                types[i] = components[i].getType();
            }
            try {
                return raw.getDeclaredConstructor(types).newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (raw == String.class) {
            return TEXT.get(random.nextInt(TEXT.size()));
        }
        if (raw == LocalDate.class) {
            return LocalDate.ofEpochDay(random.nextLong(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay()));
        }
        if (raw == Integer.class) {
            return random.nextInt();
        }
        if (raw == BigDecimal.class) {
            int scale = random.nextInt(3);
            long bound = 1_000_000_000_000L * (long) Math.pow(10, scale);
            return BigDecimal.valueOf(random.nextLong(-bound + 1, bound), scale);
        }
        if (raw == Boolean.class) {
            return random.nextBoolean();
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        throw new IllegalStateException("no generator for " + raw);
    }
}
