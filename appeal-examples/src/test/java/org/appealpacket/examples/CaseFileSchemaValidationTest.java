package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.appealpacket.json.CaseJson;
import org.appealpacket.json.CaseReading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The case file's JSON Schema, checked by an independent validator (networknt, draft 2020-12):
 * every sample case validates, and so does what {@code CaseJson.write} makes of it; files the
 * reader refuses for their form do not validate.
 */
class CaseFileSchemaValidationTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(CaseJson.schema(), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    static List<Path> samples() throws IOException {
        return CaseJsonSamplesTest.samples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySample_andWhatIsWrittenOfIt_validates(Path file) throws IOException {
        JsonNode sample = JSON.readTree(file.toFile());
        assertThat(SCHEMA.validate(sample)).isEmpty();
        CaseReading reading = CaseJson.read(file).checkedBy(CaseJsonSamplesTest.PACKETS);
        assertThat(SCHEMA.validate(JSON.readTree(CaseJson.toJson(reading.orElseThrow())))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"stage\": 0", "\"stage\": \"internal_appeal\"", "\"reliefRequestd\": \"x\"", "\"urgency\": null",
        "\"member\": {\"fullName\": \"A\", \"memberId\": \"1\", \"dateOfBirth\": \"19790412\"}",
        "\"member\": {\"fullName\": \"A\", \"memberId\": 1, \"dateOfBirth\": \"1979-04-12\"}",
        "\"service\": {\"description\": \"d\", \"amountBilled\": 12.345}",
        "\"guidelines\": [{\"organization\": \"o\", \"title\": \"t\", \"year\": \"2020\"}]",
        "\"physician\": {\"fullName\": \"P\", \"inPlanMedicalGroup\": \"yes\"}"})
    void aFileTheReaderRefusesForItsForm_doesNotValidate(String replacement) throws IOException {
        String sample = java.nio.file.Files.readString(Path.of("cases/kaiser-ca-lumbar-mri/case.json"));
        String field = replacement.substring(0, replacement.indexOf(':'));
        ObjectMapper m = JSON;
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode) m.readTree(sample);
        JsonNode value = m.readTree("{" + replacement + "}");
        tree.remove(field.replace("\"", "").equals("reliefRequestd") ? "reliefRequested" : field.replace("\"", ""));
        tree.setAll((com.fasterxml.jackson.databind.node.ObjectNode) value);
        String json = m.writeValueAsString(tree);
        assertThat(CaseJson.read(json).problems()).as("the reader refuses it").isNotEmpty();
        Set<ValidationMessage> messages = SCHEMA.validate(tree);
        assertThat(messages).as("the schema refuses it").isNotEmpty();
    }
}
