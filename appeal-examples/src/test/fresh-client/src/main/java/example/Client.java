package example;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.appealpacket.AppealPacket;
import org.appealpacket.AppealPackets;
import org.appealpacket.PacketPlan;
import org.appealpacket.Problem;
import org.appealpacket.Warning;
import org.appealpacket.json.CaseJson;
import org.appealpacket.json.CaseReading;
import org.appealpacket.model.AppealCase;
import org.appealpacket.templates.StandardTemplates;

/**
 * What an application does with the library, from its published artifacts alone: read a case
 * file, change it, assemble the packet, read the warnings' codes, write the case back and read it
 * again; refuse a broken case file with every problem, each with its code and path and no value.
 *
 * <p>Arguments: the case file, its folder of exhibits, a broken case file, an output folder.
 * Prints one line per check and exits 1 at the first that fails.
 */
public final class Client {
    private static int passed;

    private Client() {
    }

    public static void main(String[] args) throws IOException {
        Path caseFile = Path.of(args[0]);
        Path caseFolder = Path.of(args[1]);
        Path broken = Path.of(args[2]);
        Path out = Files.createDirectories(Path.of(args[3]));

        CaseReading reading = CaseJson.read(caseFile);
        check(reading.problems().isEmpty(), "the sample case file reads without problems", reading.problems());
        AppealCase read = reading.appealCase().orElseThrow();

        String relief = "Cover the lumbar MRI as ordered, and reprocess the claim.";
        AppealCase edited = read.toBuilder().reliefRequested(relief).build();
        check(edited.reliefRequested().equals(relief) && edited.member().equals(read.member())
                && !edited.equals(read), "toBuilder() changes the one field and keeps the others");

        AppealPackets packets = AppealPackets.builder().templates(StandardTemplates.get()).build();
        List<Problem> problems = packets.check(edited);
        check(problems.isEmpty(), "the edited case is valid", problems);
        AppealPacket packet = packets.assemble(edited, caseFolder);
        Path pdf = out.resolve("packet.pdf");
        try (OutputStream o = Files.newOutputStream(pdf)) {
            packet.writeTo(o);
        }
        byte[] head = Files.readAllBytes(pdf);
        check(packet.pageCount() > 1 && new String(head, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"),
                "the packet is assembled: " + packet.pageCount() + " pages, " + head.length + " bytes");

        List<Warning> warnings = packet.warningDetails();
        check(warnings.stream().map(Warning::message).toList().equals(packet.warnings()),
                "each of the packet's " + warnings.size() + " warnings has its message in warnings()");
        for (Warning w : warnings) {
            check(w.code() != null && !w.path().isBlank() && !w.message().isBlank(),
                    "the warning " + w.code() + " points at " + w.path());
        }
        check(packet.manifest().toJson().contains("\"warningDetails\""), "the manifest JSON lists the warnings' codes");
        // Without the physician's statement or any exhibit (and so without the rebuttals that cite
        // them), a medical-necessity appeal is not ready.
        AppealCase bare = edited.toBuilder()
                .physician(edited.physician().toBuilder().statement(null).build())
                .exhibits(List.of()).rebuttals(List.of()).build();
        PacketPlan plan = packets.plan(bare);
        check(!plan.ready() && plan.warningDetails().stream().filter(Warning::notReady).map(Warning::code).toList()
                        .equals(List.of(Warning.Code.NO_MEDICAL_EVIDENCE)),
                "a case without medical evidence is not ready, with the code NO_MEDICAL_EVIDENCE", plan.warningDetails());
        check(plan.warningDetails().stream().anyMatch(w -> w.code() == Warning.Code.NO_CLINICAL_RECORD
                        && w.path().equals("exhibits")), "its plan warns NO_CLINICAL_RECORD at exhibits",
                plan.warningDetails());

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        CaseJson.write(edited, written);
        Path writtenFile = out.resolve("case-written.json");
        Files.write(writtenFile, written.toByteArray());
        CaseReading again = CaseJson.read(writtenFile);
        check(again.problems().isEmpty(), "the written case file reads without problems", again.problems());
        check(again.appealCase().orElseThrow().equals(edited), "the case read back equals the case written");

        CaseReading bad = CaseJson.read(broken);
        check(bad.appealCase().isEmpty(), "a broken case file gives no case");
        List<Problem> found = bad.problems();
        Map<String, Problem.Code> expected = Map.of(
                "stage", Problem.Code.INVALID_VALUE,
                "member.memberId", Problem.Code.REQUIRED,
                "member.dateOfBirth", Problem.Code.INVALID_VALUE,
                "plan.groupNumbr", Problem.Code.UNKNOWN_FIELD);
        for (Map.Entry<String, Problem.Code> e : expected.entrySet()) {
            check(found.stream().anyMatch(p -> p.path().equals(e.getKey()) && p.code() == e.getValue()),
                    "the broken file's problems include " + e.getKey() + " " + e.getValue(), found);
        }
        // "category": 0 is a number where a name belongs: never read as the first name.
        check(found.stream().anyMatch(p -> p.path().equals("denial.category")),
                "the broken file's problems include denial.category", found);
        List<String> values = List.of("INTERNAL_APPEL", "Quentin", "Brokenfile", "19790412", "604812", "BROKEN-REF-77",
                "1 Example Road");
        List<String> leaks = new ArrayList<>();
        for (Problem p : found) {
            check(!p.path().isBlank() && p.code() != null && !p.message().isBlank(),
                    "the problem at " + p.path() + " has a code (" + p.code() + ") and a message");
            for (String v : values) {
                if (p.message().contains(v) || p.path().contains(v)) {
                    leaks.add(p.path());
                }
            }
        }
        check(leaks.isEmpty(), "no problem quotes a value of the file", leaks);
        System.out.println("fresh client: all " + passed + " checks passed");
    }

    private static void check(boolean ok, String what) {
        check(ok, what, "");
    }

    /** Prints the check; the detail only when it fails. */
    private static void check(boolean ok, String what, Object detail) {
        if (!ok) {
            System.out.println("FAILED: " + what + (detail.toString().isEmpty() ? "" : ": " + detail));
            System.exit(1);
        }
        passed++;
        System.out.println("ok: " + what);
    }
}
